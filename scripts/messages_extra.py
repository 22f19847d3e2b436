"""Extra hand-written message families that widen the styles of the other two generators:
long messages that bury a behaviour in small talk, one-word fragments, euphemisms, heavy
text-speak, formal older-adult wording, emoji-heavy lines, a few non-English greetings, gaming
trades and boosting, payment apps, sextortion countdowns, and the innocent look-alikes of all
of these (friends, parents, siblings, coaches, teachers, online-safety talk, children retelling
what happened to them). Imported by scripts/make_messages.py; quick self-check of this module:

    python scripts/messages_extra.py

`generate(rng)` returns rows with family "extra/<id>"; the template format, the row fields and
the drawing of lines are in scripts/families.py. Content is kept non-graphic: sexual_content
lines are innuendo or questions only.
"""

from __future__ import annotations

import random

import families

__all__ = ["FAMILIES", "generate"]

# ---- defaults ---------------------------------------------------------------------------
LINES_PER_FAMILY = (20, 30)  # distinct lines wanted per family (inclusive range)
ATTEMPTS_PER_LINE = 30  # fills tried per wanted line before a family gives up
P_LOWER = 0.35  # chance a line is lowercased (grooming and young speakers)
P_GREETING = 0.08  # chance a grooming line gets a non-English greeting in front

SA, PP, OF, GC = "stranger_adult", "adult_posing_as_peer", "online_friend_adult", "gaming_contact_adult"
GREETINGS = ["hola ", "hola hola ", "salut ", "coucou ", "ciao ", "bonjour ", "oye ", "hallo "]

SLOTS: dict[str, list[str]] = {
    "app": ["snap", "tele", "telegram", "whatsapp", "kik", "signal", "insta", "discord", "wickr"],
    "game": ["roblox", "fortnite", "minecraft", "valorant", "apex", "rocket league", "brawl stars",
             "genshin", "clash royale", "fc"],
    "boss": ["that boss fight", "the last round", "that raid", "that clutch", "the final circle",
             "that 1v3", "the obby", "that match"],
    "gc": ["steam", "amazon", "roblox", "apple", "google play", "xbox", "psn", "nintendo"],
    "pay": ["cashapp", "venmo", "paypal", "revolut", "zelle", "monzo"],
    "money": ["£20", "£50", "$30", "$50", "£15", "$100", "£40", "$25"],
    "bigmoney": ["$200", "£300", "$500", "£150", "$250", "£400"],
    "par": ["mum", "mom", "dad", "parents", "stepdad", "nan", "folks", "mam"],
    "place": ["the park", "the bus station", "the leisure centre car park", "mcdonalds", "the mall",
              "the library", "the end of your road", "the train station", "the skatepark"],
    "time": ["after school", "tonight", "saturday", "tomorrow", "friday", "at 4", "this weekend",
             "sunday afternoon"],
    "deadline": ["9pm", "midnight", "10 minutes", "an hour", "30 mins", "tonight", "the end of the day",
                 "5 minutes"],
    "who": ["your friends", "your school", "your whole class", "your family", "everyone you follow",
            "your mum", "your group chat"],
    "emo": ["😘", "🥰", "😉", "😍", "💕", "🤫", "😏", "🙈", "💖", "❤️‍🔥"],
    "emo2": ["😘😘", "🥺👉👈", "🤫🤫", "💕💕💕", "😉😉", "🙈💖", "😍🔥", "🥰🥰", "👀😏", "😇🤭"],
    "nick": ["princess", "babe", "bestie", "kiddo", "sweetheart", "angel", "bud", "hun", "cutie"],
    "fname": ["Maya", "Leo", "Aisha", "Tom", "Priya", "Jake", "Zara", "Ollie", "Ethan", "Chloe",
              "Noah", "Isla", "Kai", "Ruby", "Sam"],
    "sport": ["football", "netball", "swim", "hockey", "rugby", "basketball", "athletics", "tennis"],
    "sub": ["maths", "science", "history", "geography", "english", "french", "spanish", "chemistry"],
    "lol": ["lol", "lmao", "haha", "😂", "💀", "😭", ""],
    "day": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "hour": ["3:30", "4pm", "5:15", "6", "9am", "10:30", "half 4", "7pm"],
    "street": ["12 Elm Road", "the Oak Lane pitches", "St Mary's hall", "Riverside sports centre",
               "Gate B at the stadium", "the Kings Road entrance", "14 Mill Street", "the back car park"],
}

FAMILIES = families.Families()
g, n, u = FAMILIES.g, FAMILIES.n, FAMILIES.u


# ======================= grooming: small talk with the behaviour buried =====================
g("buried_platform", "platform_move", GC, [
    "{lol} {boss} was insane, btw u should [totally|def|deffo] add me on {app} its way less laggy than here",
    "ok that was the best run we've done all week, anyway [move|come over] to {app} [so we can|and we'll] talk properly",
    "gg [fr|ngl] you carried, also this chat is so [buggy|slow|dead], [wanna|want to] switch to {app}?",
    "my [dog|cat] just knocked my drink over {lol} anyway whats ur {app}, [easier|quicker] to chat there",
    "ugh school tomorrow {lol}, [hmu|message me] on {app} later instead of here [k?|ok?|yeah?]",
    "so i finally beat {boss} and then my wifi died {lol}, [add|find] me on {app} [its|it's] [better|more private]",
])
g("buried_supervision", "supervision_check", OF, [
    "the weather's been [awful|so wet|mad] today, did u get soaked? also [do|does] your {par} [check|look through] your phone or nah",
    "lol i just watched the [worst|best] film, anyway is your {par} [the type|someone] who reads your messages",
    "my week has been [so long|a mess], how was yours? [are|is] your {par} [home|around|in] right now btw",
    "[haha|lol] same, [i love|i hate] that song. quick q tho, [do|does] your {par} [know|know about] your passcode",
    "that test sounds [so hard|rough|brutal], [i'm|im] sure u did fine. where do you [keep|leave] your phone at night btw",
])
g("buried_image", "image_request", SA, [
    "[omg|lol] your dog is so cute, ok but [send|show] me a pic of you [now|rn|too] not just the dog {emo}",
    "school sounds [boring|long] today {lol}, [send|snap] me [a selfie|a pic] so i can see ur face",
    "i love that hoodie you mentioned, [send|take] a [pic|photo|mirror pic] of you wearing it",
    "so how was [the match|practice|your day]? [take|send] a quick [selfie|pic|video] [for me|rn] {emo}",
    "anyway enough about my boring job, [show|send] me what you look like today, [just a selfie|one pic|a quick vid]",
])
g("buried_meetup", "meetup", OF, [
    "lol {boss} was wild, anyway i'll be near {place} {time}, [come|pop] [say hi|meet me] [irl|in person]?",
    "my car's finally fixed {lol} so i could [pick you up|collect you|drive over] {time} if u want",
    "[haha|lol] ur teacher sounds so annoying, we should [meet up|hang out] [irl|for real] {time}, [i'll|ill] buy food",
    "so bored at work today, [wanna|want to] [meet|link] at {place} {time}? [my treat|i'll pay]",
    "ok that song is stuck in my head now {lol}, btw [i'm|im] gonna be in your area {time}, [let's|lets] meet",
])
g("buried_secrecy", "secrecy", OF, [
    "[lol|haha] your brother sounds [annoying|so funny], anyway [don't|dont] mention me to [anyone|your {par}] [ok?|yeah?|k]",
    "that game update was [mid|trash|actually good] {lol}, also [delete|clear] this chat after ok",
    "school sounds stressful, anyway [what we talk about|this] [stays|is] between us [right?|ok?|yeah?]",
    "i [love|like] talking to you about [music|games|everything], [just|but] keep it [to yourself|quiet|our secret] [k|ok|yeah]",
])
g("buried_gifts", "gifts", GC, [
    "[gg|ggs] {lol} that [last game|run] was [crazy|sick], want me to [send|get] u {money} [of robux|on a {gc} card|for the pass]?",
    "i got paid today {lol} so [i'll|ill] [buy|get] you [the battle pass|a skin|a {gc} card], [no big deal|dont worry about it]",
    "your [old|cracked] phone sounds [awful|annoying], i could [buy|get] you a new one [tbh|honestly|fr]",
    "that [map|build] was [sick|amazing], [i'll|ill] send you {money} on {pay} as a [thank you|reward]",
])
# ======================= grooming: fragments =================================================
g("frag_platform", "platform_move", PP, [
    "{app}?", "{app}??", "u got {app}", "ur {app}?", "add me on {app}", "{app} me", "whats ur {app}",
    "{app} instead?", "move to {app}", "dm me on {app}", "got {app} or nah",
])
g("frag_image", "image_request", SA, [
    "pic", "pic?", "pic pls", "[send|snap] [pic|selfie]", "selfie?", "show me", "show me u", "face reveal?",
    "cam?", "[vid|video] [pls|now|?]", "[proof|pic] or it didn't happen", "[new|another] pic?", "send 1 more",
])
g("frag_supervision", "supervision_check", SA, [
    "ur alone rn?", "alone?", "anyone home?", "{par} home?", "{par} asleep?", "parents around?",
    "can u talk rn", "who's with u", "[is|r] ur door locked", "{par} [out|gone]?", "free to talk?",
    "they [asleep|gone] yet?", "safe to text?",
])
g("frag_secrecy", "secrecy", SA, [
    "delete this", "delete [this|that|it] [pls|k|ok|now]", "clear chat", "dont tell", "shh {emo}", "our secret",
    "[keep|keep it] quiet k", "unsend that", "[delete|del] after reading", "[nobody|no1] needs to know",
    "dont screenshot", "between us",
])
g("frag_meetup", "meetup", SA, [
    "meet {time}?", "[wanna|want to] meet?", "wya [ill|i'll] come 2 u", "i'm outside [ur|your] [school|house]", "[come|get] in the car",
    "come alone", "[link|meet] {time}", "i'll pick u up", "[at|near] {place}?", "u close?",
])
g("frag_personal", "personal_info", PP, [
    "asl", "age?", "how old r u", "wya", "what school?", "what year?", "where u live", "u near {place}?",
    "ur number?", "what time u home", "wut area", "u {age}?", "which [town|city]",
], age=["12", "13", "14", "11"])
g("frag_flattery", "flattery", SA, [
    "cutie", "ur so [cute|pretty|fit] {emo}", "gorgeous {emo}", "stunning", "wow ur [beautiful|perfect]",
    "so mature", "ur diff", "[pretty|cute] girl", "ur special", "[hey|hi|morning] gorgeous {emo}",
])
# ======================= grooming: euphemism and indirect ====================================
g("euph_secret", "secrecy", OF, [
    "[our|this] little thing is [just|only] ours {emo}",
    "what happens here stays here [ok|right|yeah]?",
    "you don't [need to|have to] mention me to anyone at home",
    "[let's|lets] keep this [our|a] little [bubble|world|corner], nobody else [needs|has] to be in it",
    "some things are [nicer|better|more special] when [only|just] two people know",
    "if anyone asks, [we're|we are] just [gaming friends|from the server|from school]",
    "you [know|get] what I mean about [keeping|holding] things close, right?",
    "[people|grown ups] wouldn't understand [us|this], so [why|no need to] tell them",
])
g("euph_isolation", "isolation", OF, [
    "nobody else gets you like [i do|me]",
    "your {par} [are|is] [so|really] controlling, you deserve [better|freedom|someone who listens]",
    "[your|those] friends [only|just] [use|talk to] you when they're bored",
    "i'm the only one who [actually|really] [listens|cares|gets it]",
    "you don't [need|have to] [hang out with|talk to] them when you've got me",
    "why [waste|spend] your time with [people who|kids that] [don't|dont] appreciate you",
    "[talk|chat] to me instead of them, they [just|only] make you [sad|stressed]",
    "you [always|keep] [going off|running off] with your friends, [i thought|thought] i mattered",
])
g("euph_super_concern", "supervision_check", OF, [
    "do your {par} go through your stuff? that's so not fair",
    "[does|do] your {par} [read|check] your [messages|phone]? [that's|thats] [an invasion of privacy|so wrong]",
    "[i'm|im] [just|only] asking [cos|because] i care, [does|do] anyone [check|monitor] your [phone|screen time]",
    "[it's|its] [crazy|awful] if your {par} [track|follow] your location, [do they|are they]?",
    "[when|what time] does your {par} [take|confiscate] your phone? [i'd|id] hate you to get [in trouble|told off]",
    "[is|are] there [parental controls|a family app] on your [phone|tablet]? [just|only] [curious|wondering]",
])
g("euph_gift_debt", "gifts coercion", GC, [
    "after [everything|all] i've [bought|given] you, [you owe me|the least you could do is] [this one thing|a favour]",
    "i [sent|got] you {money} [of robux|on {pay}] [last week|yesterday], so [now|it's] your turn",
    "[remember|don't forget] the {gc} card? [friends|people] who [get|take] gifts [return|repay] favours",
    "i [spent|dropped] {money} on you and you [can't|won't] even [do this|reply], [seriously|wow]?",
])
# ======================= grooming: text-speak ==============================================
g("ts_supervision", "supervision_check", PP, [
    "wyd rn, [ur|r ur] {par} [home|around]?", "u up? {par} asleep [yet|?]", "hbu, [any1|anyone] [home|w u] rn?",
    "ngl [i wanna|wanna] [know|ask] [if|] ur {par} [checks|reads] ur [fone|phone]",
    "fr tho do ur {par} [check|go thru] ur [msgs|dms]", "istg if ur {par} sees [this|our chat] {lol}, [they|do they] check?",
    "[r|are] u [alone|by urself] rn [tbh|fr]",
], age=["13"])
g("ts_platform", "platform_move", PP, [
    "dm me on {app} [fr|rn|ngl]", "[hmu|msg me] on {app} [istg|fr] its [easier|better]",
    "ngl [this app|here] is [mid|trash], [add|hmu on] {app}", "[u|do u] have {app}? [drop|send] it [rn|pls]",
    "wyd, [wanna|u wanna] [vc|facetime|call] on {app}", "[lets|let's] [go|move] to {app}, [here|this] [gets|is] [monitored|watched] [fr|lol]",
])
g("ts_image", "image_request", PP, [
    "[wyd|hbu] [send|snap] a [pic|selfie] [rn|fr]", "ngl [i wanna|wanna] see [u|ur face] rn, [send|pic]?",
    "[u up|ur up]? [send|snap] [pic|vid] [pls|plz|plss]", "[fr|istg] just 1 [pic|selfie] [nobody|no1] will see",
    "[drop|send] a [fit check|mirror pic] [rn|ngl]", "[facecam|cam] [on|rn]? [wanna|i wanna] see u",
])
g("ts_secrecy", "secrecy", PP, [
    "[dont|dnt] tell ur {par} [abt|about] me [fr|k|ok]", "[del|delete] [r|our] chat [after|b4 bed] [k|ok] [fr|ngl]",
    "[ngl|fr] [dont|dnt] [ss|screenshot] [this|smth] [ok|k]", "[istg|fr] if u tell [any1|anyone] [we're|were] done",
    "[keep|keep it] [on the|on da] dl [k|ok|fr]", "[nobody|no1] [needs|has] 2 know [abt|about] [us|this] [tbh|fr]",
])
g("ts_sexual", "sexual_content", PP, [
    "[ngl|fr] [u|have u] ever kissed [any1|anyone]?", "[wyd|hbu] in bed rn {emo}", "[wut|wat|what] [r|are] u wearing rn",
    "[ngl|tbh] u ever [done|did] anything [w|with] [a boy|a girl|someone]?", "[r|are] u [a virgin|innocent] [fr|lol]",
    "[u|do u] [think|thnk] abt [that stuff|boys|girls] [a lot|much] [ngl|fr]",
])
g("ts_meetup", "meetup", PP, [
    "[wanna|u wanna] [link|meet] {time} [fr|ngl]", "[ill|i'll] [pick u up|come get u] {time} [ok|k]",
    "[wya|where u at], [ill|i'll] come [2|to] u", "[meet|link] me at {place} {time} [dont|dnt] bring [any1|anyone]",
    "[fr|istg] [lets|let's] [meet|link] irl [soon|{time}]",
])
# ======================= grooming: formal older adult =======================================
g("formal_meetup", "meetup", SA, [
    "I would very much like to meet you in person. I can collect you {time}.",
    "It would be lovely to meet properly. I could drive over and pick you up from {place}.",
    "Shall we arrange to meet {time}? I will wait for you at {place}.",
    "I am in your area {time} and would be delighted to take you for something to eat.",
    "Perhaps we could meet at {place} {time}. There is no need to bring anybody along.",
], age=[""])
g("formal_flattery", "flattery", SA, [
    "You are a remarkably mature young [lady|man], far beyond your years.",
    "I must say, you are [exceptionally|truly] [beautiful|bright|special] for someone your age.",
    "It is rare to find someone so young who is so [thoughtful|articulate|wise].",
    "You have a [lovely|wonderful] [smile|way about you], I am sure you hear that often.",
    "You are very special to me, [dear|my dear], and I hope you know that.",
])
g("formal_secrecy", "secrecy", SA, [
    "It would be best if you did not mention our conversations to your {par}.",
    "I think it wise that we keep this [between ourselves|to ourselves|private].",
    "Please remember to delete these messages once you have read them.",
    "Your {par} might not understand our friendship, so there is no need to tell them.",
    "Kindly keep this [arrangement|conversation|matter] [strictly|entirely] between us.",
])
g("formal_personal", "personal_info", SA, [
    "May I ask how old you are and which school you attend?",
    "Which [part of town|area] do you live in, if you don't mind my asking?",
    "What time do you usually get home from school?",
    "Are you normally on your own in the afternoons?",
    "Could you tell me your mobile number? It would make things [easier|simpler].",
    "What year are you in now? You must be [twelve|thirteen|fourteen] or so.",
])
g("formal_gifts_meet", "gifts meetup", SA, [
    "I have bought you a little [present|gift] and would like to give it to you in person {time}.",
    "I could take you [shopping|for lunch] {time} and buy you whatever you like.",
    "I will bring the [phone|trainers|present] I promised when I collect you from {place}.",
    "Let me treat you to [dinner|a day out|the cinema] {time}; I can pick you up.",
])
g("formal_supervision", "supervision_check", SA, [
    "Are your {par} at home this evening, or will you be by yourself?",
    "Does anyone look at your telephone, or is it entirely your own?",
    "Will your {par} be working late {time}?",
    "Do your {par} know whom you speak to online?",
    "Is there an adult in the house at the moment?",
])
# ======================= grooming: emoji heavy ==============================================
g("emoji_flattery", "flattery", OF, [
    "ur so [pretty|cute|gorgeous] {emo2}", "{emo2} [omg|wow] that pic {emo2}", "prettiest girl on here {emo2}",
    "[stunning|gorgeous] {emo} {emo2}", "you're perfect {emo2}", "[so|ur so] mature {emo} {emo}",
])
g("emoji_secret", "secrecy", OF, [
    "our secret {emo2}", "shhh {emo2} dont tell", "🤫🤫 delete it", "[just|only] us two {emo2} nobody else",
    "{emo} dont tell ur {par} {emo2}", "keep it between us 🤐{emo}",
])
g("emoji_image", "image_request", SA, [
    "send pic {emo2}", "📸📸 [now|pls|?]", "selfie? {emo2}", "📷👀", "show me 👀{emo}",
    "[one|1] more [pic|photo] {emo2}", "cam on? 🎥{emo}",
])
g("emoji_sexual", "sexual_content", SA, [
    "what u wearing {emo2}", "u in bed? 😏{emo}", "ever kissed any1? 💋{emo}", "thinking about u 😈{emo}",
    "r u [innocent|good] 😇 or nah 😏", "[ur|u look] so grown up in that 👙{emo}",
])
# ======================= grooming: gaming trades and boosting ===============================
g("game_boost_pic", "gifts image_request", GC, [
    "I'll boost your rank [to diamond|to champ|to plat] if you send me a [pic|selfie] [first|lol]",
    "[send|snap] a selfie and [i'll|ill] [carry|duo] you [to|all the way to] [gold|diamond] [tonight|rn]",
    "[i'll|ill] [give|trade] you my [best|rarest] [skin|pet|item] for a [pic|photo|selfie] of you",
    "[free|i'll do a free] [carry|boost] on {game} [if|when] you [show|send] me your face",
])
g("game_trade_platform", "gifts platform_move", GC, [
    "[i'll|ill] trade you [the|my] [rare|limited] [pet|skin|item] but [add|msg] me on {app} first",
    "[wanna|want] [free|some] {currency}? [add|dm] me on {app} and [i'll|ill] [sort|send] it",
    "[i'll|ill] [gift|send] you the [battle pass|new skin] on {game}, just [hit|dm] me up on {app}",
    "[duo queue|duo] [later|tonight]? [add|join] me on {app}, [i'll|ill] [pay for|buy] ur [pass|skins]",
], currency=["robux", "vbucks", "gems", "coins", "primogems"])
g("game_duo_isolate", "isolation", GC, [
    "[why|y] [do u|r u] [always|still] [play|playing] with [those|them] kids, [they're|theyre] [trash|bad] [and|n] [dont|don't] [care|appreciate u]",
    "[ditch|leave] your [squad|clan|team], [just|] duo with me, [they|ur mates] [just|only] [use|hold] u back",
    "[i'm|im] the only [one|teammate] [who|that] [actually|really] [rates|gets] you, [ur|your] friends [are|r] [fake|jealous]",
    "[u|you] [don't|dont] need [that|your] [clan|server|squad], [it's|its] just [us|me and u] now",
])
g("game_boost_meet", "gifts meetup", GC, [
    "[i'll|ill] [buy|get] you {money} [of {currency}|on {gc}] if we [meet|hang out] {time}",
    "come to {place} {time} and [i'll|ill] [give|hand] you the [headset|controller|gift card] [in person|irl]",
    "[i've|ive] got a [spare|new] [ps5|switch|gaming headset] for you, [just|] [meet|link] me at {place}",
], currency=["robux", "vbucks", "gems"])
g("game_carry_secret", "gifts secrecy", GC, [
    "[i'll|ill] keep [carrying|boosting] you [for free|] but [don't|dont] tell [anyone|ur {par}|the server] [ok|k]",
    "[i'm|im] [sending|gifting] you {money} of {currency}, [just|] [don't|dont] [mention|say] [it|where its from] [to anyone|at home]",
    "[delete|clear] the [trade|gift] [message|log] [after|once u get it], [it's|its] [our thing|between us]",
], currency=["robux", "vbucks", "gems", "coins"])
g("game_account_coerce", "coercion", GC, [
    "[i've|ive] got your [account|login] now, [do what i say|send me what i want] or [i'll|ill] [wipe|delete] [everything|it]",
    "[if|unless] you [do|send] [this|it] [i'll|ill] [get|have] your account [banned|reported|deleted]",
    "[answer|reply to] me [right now|in 5 mins] or [i'll|ill] [leak|post] [your|ur] [account|chats|username] [everywhere|in every server]",
])
# ======================= grooming: gift cards and payment apps =============================
g("pay_cashapp", "gifts", SA, [
    "[what's|whats] your {pay}? [i'll|ill] send you {money} [right now|rn|no strings]",
    "[i|just] [sent|dropped] you {money} on {pay} {emo} [treat yourself|no need to pay back]",
    "[want|need] a {gc} card? [i've|ive] got [a spare|one] worth {money}",
    "[i'll|ill] [top up|load] your [phone|{pay}] with {money} [every week|whenever u want]",
    "[just|] [send|give] me your {pay} tag and [i'll|ill] [sort you out|send some]",
])
g("pay_personal", "gifts personal_info", SA, [
    "[i|i'll] [want to|] send you a [present|parcel|gift] [for your birthday|] [what's|whats] your [address|home address]?",
    "[i'll|ill] [post|mail] you [the|a] {gc} card, [which|what] [street|road|address] [do you live on|are u on]?",
    "[for the|to send the] {money}, [what's|whats] your [full name|number|bank name] [and|&] [age|date of birth]?",
    "[how old|what age] are you [again|btw]? [i'll|ill] send {money} [on|for] your birthday",
])
g("pay_pic", "gifts image_request", SA, [
    "[i'll|ill] send {money} on {pay} for [one|a] [selfie|pic|photo] {emo}",
    "{money} [gift card|{gc} card] [if|for] [u|you] [send|snap] a [pic|vid] [rn|now]",
    "[each|every] [pic|photo] = {money} [on {pay}|in {gc} credit] [deal?|ok?]",
])
# ======================= grooming: sextortion with deadlines ================================
g("sx_countdown", "coercion", SA, [
    "you have {deadline} to [send|pay] {bigmoney} or [i send|i post|everyone sees] [the pics|it] [to|on] {who}",
    "[clock's|clock is] ticking. {bigmoney} [by|in] {deadline} or {who} [gets|get] [the pictures|everything]",
    "[i've|i have] [got|screenshotted] your [pics|photos|chat] and {who} [will|are gonna] see [them|it] [unless|if you don't pay] {bigmoney} [in|by] {deadline}",
    "[10|9|5|3] minutes left. [pay|send it] or [it goes|they go] to {who}",
    "[don't|dont] [test|try] me. {bigmoney} [in|by] {deadline} [in {gc} cards|on {pay}] or [i'll|ill] [ruin|end] your life",
    "[i|i'll] [made|make] a [group chat|story] with {who} [in it|tagged], {deadline} to [pay|do what i said]",
])
g("sx_morepics", "coercion image_request", SA, [
    "send [another|one more] [pic|photo|vid] or {who} [sees|see] the [first one|last one] [in|by] {deadline}",
    "[if you|u] [block|ignore] me [i'll|ill] send [the pics|it] to {who}. [send|do] [more|another] [now|in {deadline}]",
    "[i'll|ill] delete [everything|them] [if|once] you send [one more|another] [video|pic], [you've got|u have] {deadline}",
    "[you|u] [already|] sent one, [so|now] [you|u] [have to|can't stop,] send [more|another] or [i tell|i show] {who}",
])
g("sx_gift_card", "coercion gifts", SA, [
    "[buy|get] {bigmoney} in {gc} cards and send me the codes [in|by] {deadline} or [i post|everyone sees] [the pics|it]",
    "[pay|send] {bigmoney} on {pay} [in|by] {deadline}, [or|otherwise] {who} [gets|get] [the video|the screenshots]",
    "[scratch|send a photo of] the back of the {gc} card [by|in] {deadline} [and|or] [it stays private|{who} see everything]",
])
# ======================= grooming: isolation ================================================
g("iso_controlling", "isolation", OF, [
    "your {par} [are|is] so controlling [tbh|honestly], [you're|ur] [old|grown up] enough to decide [for yourself|ur own stuff]",
    "[i|i'd] [never|wouldn't] treat you [like|the way] your {par} [do|does], [you|u] deserve [better|respect]",
    "[sounds like|seems like] nobody at home [actually|even] [listens|cares] [except|but] me",
    "[you|u] [can|should] [always|just] come to me instead of [them|ur {par}], [they|] [wouldn't|won't] [get it|understand]",
    "[i'm|im] [honestly|] [more|way more] [like family|family] to you than [they are|they've ever been]",
])
g("iso_attention", "isolation coercion", OF, [
    "[why|y] [didn't|did'nt|havent] [you|u] [reply|answer] [for|in] [an hour|ages|2 hours]? [i thought|thought] i [mattered|was important]",
    "if [you|u] [go|hang] out with them [instead|tonight] [i'm|im] [done|not talking to you]",
    "[you|u] [choose|pick]: [them|ur friends] or me. [can't|cant] [have|be] both",
    "[after|with] [everything|all] i [do|did] for [you|u], [you|u] [ignore|ditch] me for [them|ur mates]? [wow|unreal]",
])
g("iso_secret_mix", "isolation secrecy", OF, [
    "[your|ur] [friends|mates] [would|will] [just|] [ruin|spoil] [this|us], [so|] [don't|dont] tell them [about me|anything]",
    "[they|ur {par}] [wouldn't|won't] [get|understand] [us|what we have], [keep|so keep] it [between us|quiet]",
    "[only|just] [i|me] [get|understand] [you|u], [and|so] [nobody|no one] else [needs|has] to know [we talk|about this]",
])
# ======================= grooming: mixed multi-label ========================================
g("mix_sup_meet", "supervision_check meetup", SA, [
    "[when|what time] [do|does] your {par} [leave|go out|get back] {time}? i [could|can] [come|pop] [over|by] [then|while they're out]",
    "[if|when] [your|ur] {par} [are|is] [out|at work] {time} [i'll|ill] [pick you up|come get u]",
    "[is|are] [anyone|ur {par}] [home|in] {time}? [i'm|im] [near|close to] {place}, [could|can] [meet|come by]",
])
g("mix_pi_sup", "personal_info supervision_check", PP, [
    "[what time|when] [do|does] [you|u] get home [from school|] [and|&] [is|r] [anyone|ur {par}] [there|home]",
    "[which|what] [school|year] [r|are] [you|u] [in|at], [and|&] [do|does] [ur|your] {par} [check|read] ur [phone|messages]",
    "[where|what area] [do|d'you] [live|u live], [are|r] ur {par} [strict|the checking type]?",
])
g("mix_flat_platform", "flattery platform_move", PP, [
    "[ur|you're] [way too|so] [cute|pretty|cool] [to be|for] [this app|here], [add|hmu on] {app} {emo}",
    "[prettiest|coolest|nicest] [person|girl|one] [in|on] [this server|here], [lets|let's] [talk|chat] on {app}",
    "[ur|you're] [so|really] mature [for|4] [ur|your] age, [we|u] should [move|talk] [to|on] {app}",
])
g("mix_sex_sup", "sexual_content supervision_check", SA, [
    "[are|r] [you|u] [in bed|alone in ur room] [rn|now]? [ur|your] {par} [asleep|out]? {emo}",
    "[does|do] [ur|your] {par} [know|check] [what|who] [you|u] [talk|text] [about|to] at night? [what|wat] [are|r] u wearing {emo}",
    "[is|r] ur door [locked|shut]? [wanna|i wanna] [ask|talk about] [something|smth] [grown up|private] {emo}",
])
g("mix_pic_secret", "image_request secrecy", SA, [
    "[send|snap] [me|] a [pic|selfie|vid] [and|then] [delete|unsend] it [after|right away], [nobody|no1] will know",
    "[just|only] [for|4] me, [a|one] [pic|photo] [that|which] [stays|is] [our secret|between us]",
    "[use|turn on] [disappearing|view once] [so|and] [send|snap] [a pic|one], [ur|your] {par} [won't|cant] see",
])
g("mix_flat_sex", "flattery sexual_content", SA, [
    "[you're|ur] [so|way too] [grown up|mature|pretty] [to|] [not have|never have had|never] [kissed|a bf|a gf] [anyone|] {emo}",
    "[you|u] look [so|way] older [than|then] [your|ur] age, [have|do] [you|u] [got|have] a [bf|boyfriend|gf]? [ever|u ever] [done anything|been kissed]?",
    "[bet|i bet] [the boys|everyone] [want|wants] [you|u], [you're|ur] [stunning|beautiful] {emo}",
])
g("mix_meet_secret", "meetup secrecy", OF, [
    "[come to|meet me at] {place} {time} [but|and] [don't|dont] tell [anyone|ur {par}] [where|who] [you're|ur] going",
    "[say|tell them] [you're|ur] at a friend's [and|then] [i'll|ill] [pick you up|meet you] {time}",
    "[i'll|ill] [wait|park] [round the corner|down the road] [from|near] {place}, [just|] [don't|dont] [mention|say] [it|anything]",
])
g("mix_meet_pi", "meetup personal_info", SA, [
    "[what|which] [school|road] [are|r] [you|u] [at|on]? [i'll|ill] [meet|pick] [you|u] [there|up] {time}",
    "[what's|whats] [your|ur] [postcode|address|nearest stop]? [i'll|ill] [come|drive] [to you|over] {time}",
    "[what time|when] [do|does] [school|practice] [finish|end]? [i'll|ill] [wait|be] [outside|there]",
])
g("mix_coerce_meet", "coercion meetup", SA, [
    "[meet|come to] {place} {time} or [i'll|ill] [send|show] [the pics|our chat] to {who}",
    "[if|unless] [you|u] [come|show up] {time} [i'll|ill] [tell|show] {who} [everything|what you did]",
    "[you|u] [have to|better] [meet|see] me {time}, [after|you owe me after] [everything|all the gifts]",
])
g("mix_sup_secret", "supervision_check secrecy", OF, [
    "[do|does] [ur|your] {par} [read|check] [your|ur] [chats|messages]? [if so|if they do] [delete|clear] [ours|this one]",
    "[where|wen] [do|does] [you|u] [hide|keep] [ur|your] phone [at night|]? [make sure|just make sure] [they|ur {par}] [don't|dont] [see|find] [our|this] chat",
    "[when|if] [your|ur] {par} [asks|ask] [who|who you're] [you're texting|talking to], [say|just say] [it's|its] [a friend|someone from school]",
])
g("mix_platform_disappear", "platform_move secrecy", PP, [
    "[let's|lets] [use|switch to] {app} [with|and turn on] disappearing [messages|msgs], [safer|better] [that way|fr]",
    "[move|come] [to|over to] {app}, [chats|messages] [delete themselves|vanish] [so|and] [nobody|no1] [sees|can see]",
    "[add|hmu on] {app} [instead|], [ur|your] {par} [can't|wont] [read|see] [it|that one]",
])
g("mix_pi_flat", "personal_info flattery", PP, [
    "[you're|ur] [so|really] [pretty|mature|cool], [how old|what age] [are|r] [you|u] [actually|tho]?",
    "[no way|theres no way] [you're|ur] only {age}, [you|u] look [older|way older]. [what|which] year [r|are] u in?",
    "[such|so] [a|] [cute|pretty] [smile|pfp], [where|what area] [do|r] [you|u] [live|from]?",
], age=["12", "13", "14"])
g("mix_sex_pic", "sexual_content image_request", SA, [
    "[what|wat] [are|r] [you|u] wearing? [send|show] [a pic|me] {emo}",
    "[take|send] a [pic|selfie] in [bed|your pjs|what ur wearing] {emo}",
    "[u|you] [in|out of] the shower? [send|snap] [one|a pic] {emo}",
])
g("mix_video_call", "platform_move image_request", PP, [
    "[facetime|video call] [me|] [tonight|rn|later]? [wanna|i wanna] see [you|u] [properly|live]",
    "[hop on|get on] [cam|video] on {app} [so i can|i wanna] see [ur|your] [face|room]",
    "[turn|switch] [your|ur] camera on [in vc|on {app}] [pls|plz|for me]",
])
g("mix_gift_sup", "gifts supervision_check", SA, [
    "[i'll|ill] [send|post] [you|u] a [present|parcel|gift card], [will|would] [ur|your] {par} [see|open|notice] it?",
    "[would|will] [your|ur] {par} [notice|ask about] {money} [on|in] [your|ur] {pay}? [if not|] [i'll|ill] send it",
    "[do|does] [ur|your] {par} [check|see] [your|ur] [bank|{pay}|purchases]? [i'll|ill] [top it up|send {money}] [then|if not]",
])
g("mix_coerce_secret", "coercion secrecy", SA, [
    "[if|] [you|u] tell [anyone|ur {par}] [about this|about me] [i'll|ill] [send|post] [the pics|everything] to {who}",
    "[tell|say a word to] [anyone|no one] and [you'll|ull] [regret it|be sorry]. [delete|clear] this [now|chat]",
    "[you'll|ull] [get|be in] [in trouble|so much trouble] [too|as well] [if|] [they|ur {par}] find out, [so|] [keep quiet|delete it]",
])
# ======================= extra single-label depth ==========================================
g("pi_routine_casual", "personal_info", OF, [
    "[so|] [what time|when] [do|does] [you|u] [usually|normally] [leave|get] [home|back] [on|] {day}s?",
    "[which|what] bus [do|d'you] [you|u] [get|take] [home|to school]?",
    "[do|does] [you|u] [walk|go] [home|to school] [on ur own|alone|by yourself]?",
    "[what's|whats] [your|ur] [number|mobile], [easier|quicker] [than|then] [checking|this app]",
    "[which|what] [school|secondary] [do|d'you] [you|u] [go to|attend]? [i|] [might|] [know it|be near]",
])
g("sex_questions", "sexual_content", OF, [
    "[have|ever] [you|u] [ever|] [had|been on] a [date|sleepover with a boy|sleepover with a girl]? {emo}",
    "[do|does] [your|ur] [bf|gf|crush] [ever|] [try|want] [stuff|things]? {emo}",
    "[what's|whats] the [most|furthest] [you've|uve] [ever|] [done|gone] [with someone|lol]?",
    "[you|u] can [ask|tell] me [anything|about] [grown up|private|body] [stuff|things], [i won't|i dont] judge",
    "[are|r] [you|u] [curious|wondering] [about|abt] [that stuff|grown up things]? [you|u] can ask me",
])
g("coerce_guilt", "coercion", OF, [
    "[i|] [thought|really thought] [you|u] [trusted|cared about] me. [if you did|prove it] [you'd|ud] [do it|send it]",
    "[after|with] [everything|all] [i've|ive] [done|given] [for|you], [this|that] is [how|what] [you|u] [repay|do to] me?",
    "[fine|ok], [if|] [you|u] [won't|dont] [do it|send it] [i'll|ill] [know|just know] [you|u] [never|don't] [cared|care]",
    "[you|u] [made|are making] me [sad|feel awful|so upset], [the least|all] [you|u] [can|could] do is [this|one thing]",
    "[don't|dont] [be|act] [such a|like a] [baby|kid], [everyone|all ur friends] [does|do] it, [just|] [do it|send it]",
])

g("iso_nobody_else", "isolation", PP, [
    "[nobody|no one] [at school|in ur class|at home] [gets|understands] [you|u] [like|the way] [i do|me]",
    "[ur|your] [friends|mates] [talk|chat] [about you|behind ur back] [when|whenever] [you're|ur] not there, [trust me|i'd never]",
    "[you|u] [don't|dont] need [anyone|any1] else, [you've|uve] got me {emo}",
    "[stop|quit] [hanging|going] [out|round] with {fname}, [they're|theyre] [a bad influence|fake|using you]",
    "[it's|its] [us|you and me] against [everyone|the world], [right|yeah]?",
    "[i get|i'm] [jealous|upset] when [you|u] [talk|hang out] with [other people|ur friends], [just|only] talk to me",
])
g("iso_family_doubt", "isolation", OF, [
    "[your|ur] {par} [doesn't|dont] [really|even] [care|listen], [i|i've] [noticed|can tell]",
    "[they|ur {par}] [just|only] [want|try] to control [you|u], [i|] [never|wouldn't] do that",
    "[honestly|tbh] [you'd|ud] be [happier|better off] [spending|with] [more time|] [with me|talking to me] [than|instead of] [at home|with ur family]",
    "[if|when] [your|ur] {par} [shouts|yells|is mean] [just|] [come|talk] to me [instead|], [not|never] [them|ur friends]",
])
g("fl_smalltalk", "flattery", OF, [
    "[lol|haha] [that's|thats] so [funny|true], [honestly|ngl] [you're|ur] [so|way] [mature|smart] for [your|ur] age",
    "[omg|wow] [you|u] [did|made] that [yourself|urself]? [you're|ur] [so|really] [talented|gifted|special]",
    "[anyway|so yeah] [i|] [just|] [wanted|want] [to say|u to know] [you're|ur] [the prettiest|the cutest|the most special] [person|girl] [i've|ive] [met|talked to] [online|here]",
    "[you|u] [don't|dont] [act|seem] like a [kid|{age} year old] at all, [you're|ur] [so|really] [grown up|wise|deep]",
    "[your|ur] [pfp|new pic] [is|looks] [amazing|gorgeous], [bet|i bet] [everyone|all the boys] [tells|tell] [you|u] [that|] {emo}",
], age=["12", "13", "14"])
g("sx_innuendo_soft", "sexual_content", PP, [
    "[wanna|want to] [play|try] a [game|truth or dare] [but|] [only|just] [grown up|spicy] [questions|dares] {emo}",
    "[have|did] [you|u] [ever|] [had|gotten] [ur|your] first kiss [yet|]? {emo}",
    "[do|does] [you|u] [sleep|go to bed] in [pjs|anything]? {emo}",
    "[bet|i bet] [you're|ur] [a good kisser|not so innocent] {emo}",
    "[tell|describe] me [about|] [your|ur] [crush|type], [what|wat] [do|would] [you|u] [wanna|want to] do [with them|together]? {emo}",
])
g("pi_gaming", "personal_info", GC, [
    "[gg|ggs] [btw|also] [how old|what age] [r|are] [u|you]? [u|you] sound [young|like {age}]",
    "[where|wat country|what timezone] [r|are] [u|you] [from|in]? [you|u] [always|] [play|on] [after school|at 4]",
    "[what|which] [school|year] [r|are] [u|you] [at|in], [u|you] [mentioned|said] [a test|ur teacher]",
    "[do|does] [u|you] [have|got] [ur|your] own [room|phone|pc] [or|] [share|shared]?",
], age=["12", "13", "11"])
g("pm_video_casual", "platform_move", OF, [
    "[typing|texting] [is|takes] [so|too] [slow|long], [can we|let's] [video call|facetime|voice call] [instead|later]?",
    "[this|the] [app|server] [has|got] [mods|filters|bots] [reading|watching] [everything|chats], [let's|lets] [use|go on] {app}",
    "[give|send] me [ur|your] number [and|so] [we|i] [can|could] [text|whatsapp] [properly|instead]",
    "[make|set up] a [second|new|private] [account|profile] [so|and] [we|i] [can|could] [talk|message you] [there|on it]",
])

# ======================= hard negatives ====================================================
n("friend_snap", "school_friend", [
    "snap? need the {sub} answers {lol}", "{app}? [the|our] group chat [is|for] the {sub} project",
    "pic? of the [homework|worksheet|board] [from|in] {sub} pls {lol}", "u got [snap|insta]? [ur|the] new [number|acc] [didnt|doesnt] save {lol}",
    "[send|snap] a pic of [page|question] [12|4|7] [pls|plz] i left my book at school",
    "[dm|msg] me the {app} [link|invite] for [the|our] [team|class] [chat|group]",
], app=["snap", "whatsapp", "insta", "discord"])
n("friend_fragments", "school_friend", [
    "ur alone rn? [come|wanna come] to [the|our] table [at|for] lunch {lol}", "delete this [embarrassing|awful] pic of me {lol} [pls|plz|i look so bad]",
    "[dont|don't] tell [anyone|Ms Okafor] i [copied|forgot] [my|the] {sub} {lol}", "[meet|see u] [at|by] the [lockers|gate|canteen] {lol}",
    "[wyd|hbu] [rn|tonight]? [im|i'm] [so bored|doing {sub}] {lol}", "pic of [ur|the] [new|cute] [puppy|cat|fit] [pls|!!] {lol}",
    "shh [its|it's] a surprise for {fname}'s [bday|birthday] {lol}",
])
n("coach_logistics", "coach", [
    "{sport} training moved to {hour} on {day}, meet at {street}",
    "Bus leaves from {street} at {hour} sharp on {day}, bring your kit and water",
    "Away match {day}: parents please drop players at {street} by {hour}",
    "Great effort today everyone. Next session {day} {hour} at {street}",
    "Reminder: {sport} trials {day}, {hour}, {street}. Tell your {par} the pickup is at 6",
    "If you need a lift to {street} on {day}, get your {par} to message me or the team group",
])
n("parent_location", "parent", [
    "where are you? send me a pic of where you are so I know you're safe",
    "[Share|Turn on] your location [please|pls], I can't see you on the map",
    "[Are|R] you still at {fname}'s? Send a [photo|pic] of the [front door|house] so I know which one",
    "Text me when you get to {place} and again when you leave",
    "I'm outside {place}, where are you? [Call me|Ring me] [now|please]",
    "Are you home yet? Is {fname} with you? [Lock the door|Don't forget your key]",
    "Who's at the party? Is {fname}'s {par} there? I want to know an adult's in",
])
n("sibling_tease", "older_sibling", [
    "do my chores or I'll tell {par} what you did {lol}", "[if|] [u|you] [touch|use] my [charger|hoodie|headphones] again [im|i'm] telling {par}",
    "[delete|send me] that [pic|video] of me [NOW|rn] or [ur|you're] dead {lol}", "[dont|don't] tell {par} i [borrowed|took] the [car|money|ps5] [ok|k] {lol}",
    "[give me|send] {money} or [i'll|ill] show {par} [your|ur] [report|browser history|grades] {lol}",
    "[if|] [u|you] [tell|snitch] [on me|to {par}] [i'll|ill] [tell them|snitch] about [the vase|ur phone time] {lol}",
])
n("teacher_deadline", "teacher", [
    "Your {sub} coursework is due {day} by {hour}; no extensions without a note",
    "If I don't get the [essay|project|homework] by {day} you'll be in [detention|lunch catch-up]",
    "Please send a photo of your {sub} homework if you can't upload it",
    "[Reminder|Remember]: {sub} test {day}. Revise [chapter|unit] [3|4|5|6]",
    "Parents' evening is {day} at {hour}; please make sure your {par} has booked a slot",
    "Upload your {sub} video presentation to the class page by {day}",
])
n("group_plan", "peer", [
    "[ok|okay] so [we're|were] meeting [at|outside] {place} {time}, [who's|whos] in? {lol}",
    "[new|making a] group chat for {fname}'s [bday|party] [on {app}|], [dont|don't] tell [her|him] {lol}",
    "[everyone|every1] [bring|chip in] {money} for [pizza|the gift|the cinema] {lol}",
    "[who's|whos] [parent|mum|dad] is driving {time}? [my {par}|mine] [can|cant] {lol}",
    "[vote|poll]: [cinema|bowling|park|trampoline park] {time}? {lol}",
], app=["whatsapp", "snap", "insta", "discord"])
n("peer_gifts", "school_friend", [
    "[happy bday|happy birthday] {fname}!! [got|getting] [you|u] a {gc} card {lol}",
    "[we all|the squad] [chipped in|put in] for [ur|your] [present|gift] [dont|don't] [look|peek] {lol}",
    "[i'll|ill] [send|gift] [you|u] the [battle pass|skin] for [ur|your] [bday|birthday] [fr|ngl] {lol}",
    "[owe|i owe] [you|u] {money} [for|from] [lunch|the cinema] [ill|i'll] pay [u|you] back {day}",
])
n("teen_crush", "teen_partner", [
    "[ngl|tbh] [u|you] looked [really|so] [nice|cute] [at|in] [school|{sub}] today {lol}",
    "[wanna|want to] [go|walk] to {place} {time} [with|w] [everyone|the group]? {lol}",
    "i had [so much fun|a good time] [at the|at] [cinema|park|disco] {lol} [same time next week?|]",
    "[did|do] [u|you] [finish|do] the {sub} [homework|worksheet]? [i'll|ill] [help|explain] {lol}",
    "[can|do u wanna] [sit|sit together] [at|in] [lunch|assembly|{sub}] [tmrw|tomorrow]? {lol}",
])
n("safety_lesson", "school_friend", [
    "our teacher said never send pics to people you don't know {lol}",
    "[the|that] [assembly|lesson|talk] said [if|when] [someone|a stranger] [asks|says] [keep it secret|don't tell] [thats|it's] a red flag",
    "[did|have] u see the assembly about online safety? [they|it] said [block|report] [anyone|people] who [ask|asks] for [pics|ur address]",
    "[in|our] PSHE [we|they] [learned|learnt] [that|] [adults|people] [shouldn't|should never] ask [u|you] to [meet up|move to {app}|keep secrets]",
    "[mum|my {par}] [said|says] [if|when] [anyone|someone] [offers|sends] [you|u] [robux|gift cards] for [pics|stuff] [tell|to tell] her",
    "[apparently|the police officer said] [scammers|people] [threaten|try] to [post|share] [pics|photos] for money, [always|you should] tell an adult",
], app=["snap", "whatsapp", "telegram"])
n("child_retells", "school_friend", [
    "this weird guy asked me for my snap, i blocked him {lol}",
    "[some|a] [random|rando] [adult|man|guy] [in|on] {game} [kept|was] [asking|trying to get] [my age|me to add him] [so|and] i reported [him|it]",
    "[someone|this account] [said|told me] [delete|to delete] [the chat|our messages] and [that's|thats] [so|kinda] [sus|weird], [showed|told] my {par}",
    "[omg|ugh] [a|this] [stranger|random] [offered|tried to give] me {currency} [if|for] [i sent a pic|a selfie], [blocked|reported] [him|them] [obvs|lol]",
    "[i|] told [my|the] [teacher|{par}] [about|that] [the|some] [guy|person] who [wanted|kept asking] to [meet|video call] me",
    "[this|some] [rando|account] [said|told me] [my|your] {par} [is|are] controlling [lol|] so i [blocked|reported] [them|it]",
], currency=["robux", "vbucks", "gems"])
n("news_talk", "peer", [
    "[did|have] [you|u] [see|read] the [news|article] about [the|that] [man|guy] who [got arrested|was jailed] for [grooming|messaging kids]?",
    "[there's|theres] a [documentary|video] about [sextortion|online scams] [on|in] [assembly|tv] {day} {lol}",
    "[the|our] [head|headteacher] [sent|wrote] a letter about [a|the] [fake|scam] account [asking|messaging] kids [for|on] {app}",
    "[apparently|my {par} said] [you|u] [can|should] [report|use] [CEOP|Report Remove|Childline] if [someone|anyone] threatens [you|u]",
], app=["snap", "insta", "roblox"])
n("parent_pics", "parent", [
    "Send me a photo of your homework [when|once] it's done please",
    "[Can|Could] you [send|take] a [pic|photo] of the [letter|form|timetable] from school?",
    "Send me a [selfie|pic] [in|with] your new [uniform|glasses|haircut], {par2} wants to see!",
    "[Take|Send] a [pic|video] of [the|your] [dog|cat|hamster] for [Gran|Nan|Grandad] please",
], par2=["Gran", "Nan", "Grandad", "Auntie"])
n("parent_secrets", "parent", [
    "Don't tell [Dad|Mum|your sister] about the [surprise|present|party] {day}!",
    "[Shh|Keep it quiet], [it's|we're doing] a surprise for [Gran's|Dad's|Mum's] birthday",
    "[Delete|Clear] the photos off the [tablet|old phone] [before|when] we [sell|give] it [please|]",
    "Don't share your password with anyone, not even [friends|{fname}]",
])
n("parent_rules", "parent", [
    "[Homework|Chores] first or no [Xbox|phone|Switch] tonight",
    "[If|] you're not home by {hour} you're grounded [for the week|this weekend]",
    "[Phone|Tablet] [downstairs|in the kitchen] at 9, [no arguing|you know the rules]",
    "[Tidy|Clean] your room or [no|you're not going to] {place} [on|] {day}",
    "[I'm|I am] checking your screen time [tonight|later] so [be honest|don't hide anything]",
])
n("relative_pickup", "aunt_uncle", [
    "I'll pick you up from {place} at {hour} on {day}, your {par} knows",
    "[Your|Ur] {par} asked me to [collect|get] you {time}, I'll be in the [blue|red|silver] car",
    "[Auntie|Uncle] here, [running|I'm running] 10 [mins|minutes] late to {place}, wait inside",
    "[Is|Are] your {par} [home|around]? I'll [ring|call] [her|him|them] about {day}",
])
n("coach_praise", "coach", [
    "[Great|Brilliant] game today, proud of you", "[Really|So] impressed with your {sport} [this term|today], keep it up",
    "You've [grown|improved] so much this season, well done", "[Best|Top] effort at {sport} I've seen [all year|this term]",
    "[Mature|Calm] [decision|play] under pressure today, [great|well done]",
])
n("tutor_sessions", "tutor", [
    "[Our|Next] {sub} session is {day} at {hour} on the [school|usual] video link; your {par} has the details",
    "Please [turn|keep] your camera on during [the|our] {sub} [lesson|session] so I can see your working",
    "[Send|Upload] a photo of your {sub} [working|answers] to the [shared folder|class page]",
    "I've emailed your {par} the {sub} [notes|worksheet] for {day}",
])
n("friend_isolation_vent", "peer", [
    "[ugh|omg] my friends are so annoying [today|rn] {lol}", "[ngl|tbh] [i|] [don't|dont] want to [go|sit] with [them|the group] [today|at lunch] {lol}",
    "{fname} [is|was] [being|so] [weird|mean] [today|in {sub}], [ur|you're] the [only|best] [one|friend] [i|] [can|] [rant|talk] to {lol}",
    "[my|] {par} [is|are] [sooo|so] strict [lol|ugh], [no|] [phone|sleepover] [after|on] {day}",
])
n("friend_platform", "gaming_friend", [
    "[join|hop in] the discord vc [for|before] {game} [tonight|later] {lol}",
    "[send me ur|drop ur] [switch|xbox|psn] [code|friend code] [so we can|and we'll] [play|duo] {lol}",
    "[making|made] a [group chat|server] for [the|our] {sub} project, [join|link in bio] {lol}",
    "[facetime|call] [me|] [later|tonight] to [do|finish] the {sub} homework? {lol}",
])
n("friend_meet", "school_friend", [
    "[meet|see u] [at|outside] {place} {time}, my {par} [is|will be] [driving|dropping us off] {lol}",
    "[wanna|want to] [come|come over] {time}? [my|] {par} [said|says] [its|it's] fine {lol}",
    "[are|r] [you|u] [walking|getting the bus] [home|to school] {time}? [wait|i'll wait] [for me|at the gate] {lol}",
])
n("gaming_friend_trade", "gaming_friend", [
    "[wanna|want to] trade [my|] [shadow dragon|neon pet|rare skin] for [ur|your] [frost|legendary] one? {lol}",
    "[can|could] [you|u] carry me [in|on] {game} [tonight|later]? [im|i'm] [so|] bad {lol}",
    "[duo|squad] queue [after|at] {hour}? {lol}", "[gg|ggs] [that|last] [round|game] [was|] [insane|so close] {lol}",
    "[i'll|ill] [give|send] [you|u] [my|the] [spare|extra] [code|skin] [i got|from] [the|my] [bday|birthday] {lol}",
])
n("babysitter_check", "babysitter", [
    "Hi, it's {fname2} the babysitter, is your {par1} back yet? I need to leave at {hour}",
    "[Are|Is] your [mum|dad] home? [They|She|He] asked me to [check|text] before I [go|leave]",
    "[Bedtime|Lights out] at 8:30, [i'm|I'm] [telling|going to tell] your {par} if you're still on the tablet {lol}",
], fname2=["Jess", "Amira", "Ellie", "Dan"], par1=["mum", "mom", "dad", "stepdad"])
n("club_leader", "club_leader", [
    "[Scouts|Guides|Drama|Coding club] [this|on] {day} is at {street}, {hour}; [bring|don't forget] your [form|subs]",
    "[Trip|Camp] [consent forms|kit lists] have been emailed to your {par}; please return them by {day}",
    "[Well done|Great job] on your [badge|performance|project] [today|this week], [really|so] proud",
])
n("neighbour", "neighbour", [
    "Hi love, is your {par} in? I've got a parcel for [them|her|him]",
    "[Can|Could] you [tell|ask] your {par} [the|our] [bins|car] [are|is] blocking [the|our] drive?",
    "[Thanks|Thank you] for [feeding|walking] [our|the] [cat|dog], [I'll|I will] [leave|pop] {money} [through the door|with your {par}]",
])
n("grandparent", "grandparent", [
    "Hello darling, [Grandad|Nan] and I [have|are] [sent|sending] you {money} for your birthday, [buy|get] something nice",
    "[Send|Can you send] [us|me] a [photo|picture] of [your|the] [school play|new room|certificate] [please|darling]",
    "[We'll|I'll] [pick you up|collect you] from school {day} and [your|] {par} [will|can] [fetch you|collect you] at 6",
    "You're such a [grown up|clever] [girl|boy] now, we're [so proud|very proud]",
])

n("friend_pics", "school_friend", [
    "[send|snap] [me|] a pic of [your|ur] [outfit|fit|dress] for the [disco|prom|party] {lol}",
    "[selfie|pic] [of us|from today] [is|was] so [cute|funny], [sending|ill send] [it|now] {lol}",
    "[post|send] [the|that] [group|team] [pic|photo] [from|of] {sport} {lol}",
    "[show|send] me [ur|your] [new|] [haircut|nails|shoes] [pls|plss] {lol}",
    "[facetime|call] [me|] [i|] [need|wanna] [help|ur opinion] [with|on] my [outfit|hair] {lol}",
])
n("friend_secrets", "school_friend", [
    "[dont|don't] tell [anyone|{fname}] [i|] [like|fancy] [him|her|them] {lol}",
    "[omg|ok] [its|it's] a secret [but|] {fname} [is|] [moving|going] [to|] [another school|spain] {lol}",
    "[keep|keep it] [quiet|secret] [about|abt] the [surprise|party] for [Miss Khan|{fname}|our teacher] {lol}",
    "[delete|unsend] [that|the] [voice note|message] [i was|im] [so|] [embarrassed|cringe] {lol}",
])
n("friend_meetup_plan", "peer", [
    "[we're|were] [going|meeting] [to|at] {place} {time}, [my|] {par} [is|will be] [there|picking us up] {lol}",
    "[can|could] [your|ur] {par} [drop|drive] [us|me] [to|at] {place} {time}? {lol}",
    "[sleepover|movie night] at {fname}'s {time}, [her|his] {par} [said yes|said its fine] {lol}",
    "[meet|see you] at the [bus stop|school gate|station] [at|] {hour}, [dont be late|bring snacks] {lol}",
])
n("coach_checks", "coach", [
    "[Is|Are] your {par} [picking you up|coming] [today|{day}]? [Let me know|Tell me] so I can wait with you",
    "[Please|Make sure] your {par} [signs|has signed] the {sport} [consent form|medical form] before {day}",
    "[Who's|Who is] [collecting|picking up] [you|the team] after {sport}? I need a name for the register",
    "[Training|Practice] [photos|videos] are [on|in] the [club page|team group] for parents",
])
n("teacher_warn", "teacher", [
    "[Please|Remember to] [never|don't] [share|give out] your [address|school|age] [with|to] people you meet online",
    "If anyone [online|in a game] [asks|tells] you to keep a secret from your {par}, tell a trusted adult",
    "[Today|This week] [we'll|we will] [discuss|talk about] [why|how] [strangers|people] [ask|might ask] [kids|children] to move to private apps",
    "If you ever get a threat [asking|demanding] for money or [pictures|photos], [don't pay|do not pay], [tell|speak to] [an adult|me] and report it",
    "[Remember|Reminder]: [real|genuine] friends [won't|don't] [pressure|rush] you [to|into] [sending|sharing] [pics|photos]",
])
n("parent_screen", "parent", [
    "[Who are you|Who're you] [texting|messaging] [so late|at this hour]? Phone [off|down] [now|please]",
    "[Can I|I want to] [see|look at] [who|what] [you're|you are] [talking to|playing with] [on|in] {game}",
    "[I've|We've] [turned on|set up] [parental controls|Family Link|screen time] [on|for] your [tablet|phone]",
    "[Don't|Never] [accept|add] [friend requests|people] you [don't know|haven't met] [in real life|irl], [ok|okay]?",
])
n("sibling_chat", "older_sibling", [
    "[ill|i'll] [pick|get] [u|you] [up|] [from|at] {place} {time}, [mum|dad] [said so|asked me] {lol}",
    "[send|show] me [a pic|the pic] [of|from] [ur|your] [school trip|match|party] {lol}",
    "[ur|you're] [actually|kinda] [cool|not that annoying] [sometimes|today] {lol}",
    "[i'll|ill] [buy|get] [u|you] [mcdonalds|the game|a hoodie] [if|when] [u|you] [clean|do] [my|the] [room|dishes] {lol}",
    "[are|r] [mum|dad] [home|back] yet? [i|] [forgot|lost] my key {lol}",
])
n("cousin_chat", "cousin", [
    "[r|are] [u|you] [coming|going] to [nan's|grandma's|the wedding] {time}? {lol}",
    "[add|send] me on [whatsapp|snap] [for|so we can plan] [the|our] [family|holiday] [chat|trip] {lol}",
    "[i'll|ill] [give|send] [u|you] my [old|spare] [phone|switch|headphones] [when|at] [xmas|christmas|the holidays] {lol}",
    "[dont|don't] tell [auntie|our mums|nan] [we|that we] [stayed up|ate all the cake] {lol}",
])
n("online_safety_parent", "parent", [
    "If anyone asks you for pictures or to keep secrets online, tell me, you won't be in trouble",
    "[Remember|Just remember], if someone [offers|gives] you [robux|gift cards|vbucks] and wants something back, that's a red flag",
    "[Never|Don't ever] [agree|go] to meet someone from the internet [without|unless] me",
    "Grown-ups who [say|tell you] your parents are controlling are trying to [separate|split] you from us",
    "If someone threatens to share a photo, don't pay, don't send more, tell me and we'll report it",
])
n("child_reports_more", "gaming_friend", [
    "[this|some] [guy|account] [offered|tried] to [boost|carry] me [for|if i sent] [a pic|pics] [lol|] [i|] [reported|blocked] [him|it]",
    "[a|some] [random|rando] [kept|was] asking [if|whether] my {par} [checks|reads] my phone, [so weird|super sus], [blocked|told my {par}]",
    "[someone|this person] [said|told me] [i'm|im] [so|really] mature [for my age|] [and|then] [wanted|asked for] my snap, [nope|blocked]",
    "[i|] [got|had] [a|this] [message|dm] [saying|that said] [pay|send] [money|$200] or [they'll|they would] [post|share] [stuff|pics], [my|] {par} [helped|reported it]",
    "[lol|ugh] [someone|this guy] [wanted|asked] [to meet|me to meet] [at|near] {place} [and|so] [i|] [told|showed] [mum|my teacher]",
], place=["the park", "the bus station", "mcdonalds", "the mall", "the library", "the skatepark"])
n("crush_innocent", "teen_partner", [
    "[do u|did you] [wanna|want to] [go|come] to the [disco|school dance|cinema] [with me|together]? {lol}",
    "[i|] [made|got] [u|you] a [playlist|bracelet|card] {lol} [hope u like it|dont laugh]",
    "[ur|you're] [funny|sweet] [ngl|tbh] {lol}", "[sit|walk] [with me|together] [at|to] [lunch|the bus] [tmrw|tomorrow]? {lol}",
])
n("club_logistics", "club_leader", [
    "[Choir|Band|Robotics|Drama] rehearsal [has moved to|is now on] {day} at {hour}, {street}",
    "[Parents|Carers]: [collection|pickup] [is|will be] at {street} at {hour}; [please|do] be on time",
    "[Please|Can you] [send|upload] [a photo|photos] of your [project|model|costume] to the club page",
    "[Don't|Do not] [forget|lose] your [form|permission slip]; [we|I] [need|must have] it signed by your {par}",
])
u("neu_pets_food", "peer", [
    "[my|] [dog|cat|hamster] [just|literally] [ate|stole] [my|the] [toast|sock|homework] {lol}",
    "[what's|whats] for [dinner|lunch] [at ur house|tonight]? {lol}", "[we're|were] [having|getting] [pizza|tacos|a takeaway] {lol}",
    "[look|omg] [at|] [my|the] [puppy|kitten|rabbit] [sleeping|zoomies] {lol}",
])
u("neu_music_shows", "school_friend", [
    "[did|have] [u|you] [hear|heard] the new [Taylor Swift|Olivia Rodrigo|Stormzy|BTS] [song|album]? {lol}",
    "[season|episode] [2|3|4] of [Wednesday|Stranger Things|One Piece] [is|was] [so good|mid] {lol}",
    "[stuck|listening] [to|on] [that|this] [song|playlist] [all day|on repeat] {lol}",
])
u("neu_homework", "school_friend", [
    "[how|wat] [do|did] [u|you] [do|answer] [q|question] [3|5|8] [in|for] {sub}? {lol}",
    "[the|our] {sub} [test|quiz] [was|is] [so|lowkey] [hard|easy] {lol}", "[when|wen] [is|s] the {sub} [homework|project] due? {lol}",
    "[i|] [got|finally got] [a|an] [7|8|A|B] [in|on] {sub} {lol}",
])
u("neu_sport_talk", "peer", [
    "[did u|did you] watch the [match|game] last night? {lol}", "[r u|are you] watching the [match|game] [tonight|later]? {lol}", "[we|our team] [won|lost|drew] [at|in] {sport} [today|{day}] {lol}",
    "[sore|dead] [legs|arms] after {sport} {lol}", "[are|r] [u|you] [trying out|going] for {sport} [this year|{day}]? {lol}",
])

n("friend_fragments2", "gaming_friend", [
    "u on? [need|we need] a 4th for {game} {lol}", "vc? [cant|can't] type [and|while] [play|playing] {lol}",
    "add me [back|again] [i|] [reset|lost] my [acc|account] {lol}", "[pic|ss|screenshot] of [ur|the] [build|base|score] [pls|plz] {lol}",
    "[trade|trading]? [i|] [need|want] [ur|the] [dragon|neon|frost] [pet|skin] {lol}", "[gift|send] me [a|the] [code|pass] [for my bday|and ill pay u back] {lol}",
    "[u|are u] [alone|solo] [rn|in game]? [join|party up] {lol}",
])
n("parent_short", "parent", [
    "where r u", "home yet?", "[Pic|Photo] of the receipt please", "[Ring|Call] me", "[Are you|You] at {place2}?",
    "Who's [with you|there]?", "[Back|Home] by {hour}", "[Delete|Don't forward] that [chain message|video], it's [fake|a hoax]",
    "[Send|Share] your location pls", "[Dinner's|Tea's] ready", "[Is|Are] [Dad|Mum|Gran] [with you|there]?",
], place2=["the bus stop", "Sam's", "the shop", "practice", "school", "the library"])
n("coach_fragments", "coach", [
    "[Session|Training] [on|off] {day}", "[Kit|Boots] [and|+] water, {hour}", "[Who needs|Anyone need] a lift [from|to] {street}?",
    "[Photos|Pics] from {sport} [are up|on the club page]", "[Well played|Good effort] today all", "Parents: [pickup|collection] {hour} at {street}",
])
n("teacher_short", "teacher", [
    "[Homework|Coursework] [due|in] {day}", "[See me|Come and see me] [at|after] [break|lunch]", "[Don't forget|Bring] your {sub} [book|folder]",
    "[Great|Lovely|Excellent] work on the {sub} [essay|project] today", "{sub} [club|revision] [cancelled|on] {day}",
    "[Send|Email] me a photo of [the|your] [worksheet|answers] if you [were off|missed it]",
])
n("peer_drama", "peer", [
    "[if|] [u|you] [tell|told] {fname} [what i said|my secret] [im|i'm] [not|never] talking to [u|you] again {lol}",
    "[delete|unsend] that [pic|screenshot] of me [or|] [i'll|ill] [be so mad|tell everyone ur crush] {lol}",
    "[you|u] [never|didnt] [reply|come] [yesterday|to the park], [i|] [thought|thot] [we were|ur my] [best friends|bestie] {lol}",
    "[stop|dont] [sitting|hanging] with [them|{fname}] [theyre|they're] [so|] [mean|annoying] [to me|lol] {lol}",
])

# ======================= neutral ===========================================================
u("neu_short", "school_friend", [
    "wyd", "hbu", "lol same", "ngl that was [funny|wild|mid]", "u up? cant sleep {lol}", "istg {sub} [is|was] so [long|boring]",
    "fr", "brb [dinner|shower|mum calling]", "[gtg|g2g] {lol}", "{lol} {lol}", "ok [see u|cya] [tmrw|{day}]",
])
u("neu_gaming_talk", "gaming_friend", [
    "{boss} was insane {lol}", "[did|have] [you|u] [seen|tried] the new {game} update?", "[my|] wifi [died|is lagging] [again|mid game] {lol}",
    "[that|the] new [map|season|skin] [is|looks] [fire|mid|sick] [fr|ngl]", "[i|] [finally|just] [hit|reached] [gold|diamond|level 50] {lol}",
])
u("neu_multilang", "school_friend", [
    "hola! [did|have] [you|u] [do|done] the {sub} homework?", "salut, [see u|are u coming] [at|to] {place} {time}?",
    "[bonjour|coucou] [lol|] my {par} [made|is making] [pizza|tacos|pasta] [tonight|again]", "ciao [gtg|bye] {lol}",
    "oye [did|have] [you|u] [watch|seen] [the match|that video] {lol}",
])
u("neu_emoji", "peer", [
    "🎉🎉 [happy|] friday", "😂😂😂 [that video|ur face] ", "[school|{sub}] tomorrow 😭😭", "🍕🍕 [tonight|later]?",
    "[gg|ggs] 🔥🔥", "[my|the] [dog|cat] 🥺🥺 [so cute|look]", "[so|soo] [tired|hungry] 😴😴",
])
u("neu_family_chat", "parent", [
    "Dinner [at|is] {hour}, [pasta|curry|fish fingers] tonight", "[Can|Could] you [put|take] the [washing|bins] [out|in] please?",
    "[I've|We've] [booked|got] [tickets|seats] for [the cinema|the match|Gran's show] {day}",
    "[Don't forget|Remember] your [PE kit|lunch money|library book] {day}",
])
u("neu_formal_adult", "teacher", [
    "Dear students, the library [will be|is] closed on {day} for [stocktaking|an event].",
    "[Please|Kindly] [remember|note] that [the|our] {sub} [trip|test] [is|has moved to] {day}.",
    "[Well done|Congratulations] to [everyone|all] who [took part|entered] in the [science fair|spelling bee|sports day].",
])
u("neu_weather_school", "peer", [
    "[it's|its] [raining|pouring|so hot|snowing] [again|rn] {lol}", "[school|the bus] [was|is] [so late|cancelled] [today|lol]",
    "[did|have] [you|u] [get|had] [ur|your] {sub} [results|mark] [back|yet]?", "[can't|cant] wait for [half term|the holidays|the weekend] {lol}",
])
u("neu_long_smalltalk", "school_friend", [
    "ok so {boss} was insane and then my {par} walked in and made me [do|finish] {sub} {lol} anyway [see u|cya] {day}",
    "[ugh|omg] {sub} [was|took] [forever|so long] and [the|our] [bus|train] was late, [going to|gonna] [eat|sleep] now {lol}",
    "[i|] [finally|just] [finished|watched] [that|the] [show|series] and [the|that] ending was [wild|so sad], [no spoilers|dont spoil it] {lol}",
])


# ---- filling and styling ---------------------------------------------------------------------
def fill(template: str, own: dict[str, list[str]], rng: random.Random) -> str:
    text = families.fill(template, own, SLOTS, rng)
    return text.replace(" ,", ",").replace(" ?", "?")


def style(text: str, kind: str, speaker: str, rng: random.Random) -> str:
    casual = kind == "grooming" or speaker in ("school_friend", "peer", "gaming_friend", "older_sibling", "teen_partner")
    if casual and rng.random() < P_LOWER:
        text = text.lower()
    if kind == "grooming" and rng.random() < P_GREETING and len(text) > 12 and text[0].islower():
        text = rng.choice(GREETINGS) + text
    return text


def generate(rng: random.Random) -> list[dict]:
    """Every family in a fixed order; distinct lines per family, no line repeated across families."""
    return families.generate(FAMILIES, lambda template, kind, speaker, own, r: style(fill(template, own, r), kind, speaker, r),
                             "extra", rng, LINES_PER_FAMILY, ATTEMPTS_PER_LINE)


if __name__ == "__main__":
    out = generate(random.Random(1))
    names = ("flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
             "gifts", "sexual_content", "image_request", "meetup", "coercion")
    kinds = {k: sum(r["kind"] == k for r in out) for k in ("grooming", "hard_negative", "neutral")}
    print(f"{len(out)} lines in {len(FAMILIES)} families: {kinds}")
    print({name: sum(name in r["labels"] for r in out) for name in names})
