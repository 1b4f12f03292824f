/**
 * `comment-prompt`: the comment section and the invitations to it
 * (“Comments (12)”, “Leave a comment”, “Join the conversation”).
 */
import {patternRule} from './rule.js'

export const commentPrompt = patternRule({
  id: 'comment-prompt',
  reason: 'Unexpected comment prompt, expected story text',
  maxLength: 150,
  lines: [
    /^(?:comments?|discussion|reader\s+comments|conversation|replies|kommentare|comentários|comentarios|commentaires|komentar)\s*(?:\(\s*\d[\d,.]*\s*\)|:\s*\d[\d,.]*|\d[\d,.]*)?$/i,
    /^\d[\d,.]*k?\s+(?:comments?|replies|responses)$/i
  ],
  labels: [
    // “Leave a comment”, “View all 12 comments”, “Sign in to comment”. A
    // sentence (“Read the comments, she said.”) is not a prompt.
    /^(?:leave|post|add|write|submit|join|start|read|view|show|see|load|hide|sign\s+in\s+to|log\s+in\s+to|register\s+to)\s+(?:(?:a|the|your|all|more|\d[\d,]*)\s+){0,3}(?:comments?|reply|replies|discussion|conversation)\b/i,
    /^(?:comments\s+are\s+(?:closed|disabled|open)|be\s+the\s+first\s+to\s+comment|have\s+your\s+say|what\s+do\s+you\s+think\s*\??|join\s+the\s+(?:conversation|discussion|debate)|share\s+your\s+(?:thoughts|views|comments))\b/i
  ]
})
