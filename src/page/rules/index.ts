/**
 * The built-in boilerplate rules, in the order they are tried: the first
 * that matches a line names it. Specific cues come before general shapes
 * (a contact line before a timestamp, a newsletter before a subscription,
 * a cookie banner’s “By clicking …” before a sign-up’s), and the positional
 * `after-signoff` rule comes last.
 */
import {advertisement} from './advertisement.js'
import {commentPrompt} from './comments.js'
import {contactLine} from './contact.js'
import {cookieNotice, copyright} from './legal.js'
import {navigation, readMore, relatedLinks} from './links.js'
import {caption, mediaControl, photoCredit} from './media.js'
import {appPromo, newsletterSignup, subscriptionPromo} from './promo.js'
import type {BoilerplateRule} from './rule.js'
import {shareBar, socialFollow} from './social.js'
import {afterSignoff} from './tail.js'
import {timestamp} from './timestamp.js'

export type {BoilerplateRule} from './rule.js'

/** Every built-in rule, in the order they are tried. */
export const boilerplateRules: readonly BoilerplateRule[] = Object.freeze([
  contactLine,
  copyright,
  cookieNotice,
  newsletterSignup,
  subscriptionPromo,
  appPromo,
  socialFollow,
  shareBar,
  advertisement,
  readMore,
  relatedLinks,
  commentPrompt,
  photoCredit,
  caption,
  mediaControl,
  timestamp,
  navigation,
  afterSignoff
])
