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
    /^\d[\d,.]*k?\s+(?:comments?|replies|responses)$/i,
    // “34 responses to “Headline””, “12 thoughts on “Headline””.
    /^\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts)\s+(?:to|on)\s+\S.{0,200}$/i,
    // Notes on moderation and sign-in walls around the comment form.
    /^(?:note:\s*|nota:\s*|aten[çc][ãa]o:\s*)?.{0,60}?\b(?:comments?|coment[áa]rios|commentaires|kommentare)\b.{0,100}?\b(?:moderat\w*|moderad\w*|aprovad\w*|approved|reviewed\s+before)\b/i,
    /^(?:note:\s*|nota:\s*)?.{0,40}?\b(?:moderat\w*|moderad\w*)\b.{0,40}?\b(?:comments?|coment[áa]rios|commentaires|kommentare)\b/i,
    /^you\s+must\s+be\s+(?:logged\s+in|signed\s+in|registered)\s+to\s+(?:post|leave|add|write|submit)\s+a\s+(?:comment|reply)\b/i
  ],
  labels: [
    // “Leave a comment”, “View all 12 comments”, “Sign in to comment”. A
    // sentence (“Read the comments, she said.”) is not a prompt.
    /^(?:leave|post|add|write|submit|join|start|read|view|show|see|load|hide|sign\s+in\s+to|log\s+in\s+to|register\s+to)\s+(?:(?:a|the|your|all|more|\d[\d,]*)\s+){0,3}(?:comments?|reply|replies|discussion|conversation)\b/i,
    /^(?:comments\s+are\s+(?:closed|disabled|open)|be\s+the\s+first\s+to\s+comment|have\s+your\s+say|what\s+do\s+you\s+think\s*\??|join\s+the\s+(?:conversation|discussion|debate)|share\s+your\s+(?:thoughts|views|comments))\b/i
  ]
})
