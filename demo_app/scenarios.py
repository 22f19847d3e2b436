"""The scripted contacts: who they are and what they send, line by line, over scripted time.

Each line carries the behaviours a careful adult would see in it (``labels``, the ids from
docs/DOMAIN.md). The real model never reads them; they drive the ``--fake-guard`` stand-in, which
turns them into the "label1+label2: text" messages the scripted guard understands, and they
document what each script is meant to show.

Scripts are written for the demo, non-graphic, and describe behaviour only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MINUTE = 60.0  # seconds
HOUR = 60 * MINUTE  # seconds
DAY = 24 * HOUR  # seconds

THEM = "them"
ME = "me"


@dataclass(frozen=True)
class Line:
    """One message in a script.

    Attributes:
        sender: THEM (the contact; analysed) or ME (the child; noted, never analysed).
        text: what appears in the bubble.
        after: scripted seconds since the previous line (drives timestamps, decay and fatigue).
        labels: behaviours in the line, for the scripted stand-in guard and for the docs.
    """

    sender: str
    text: str
    after: float = MINUTE
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scenario:
    """A scripted contact.

    Attributes:
        id: the name used on the command line (``--scenario groomer``).
        name: the contact's display name.
        platform: where the chat happens, shown under the name.
        about: one line for the docs and the chat list subtitle in "about" mode.
        color: the avatar colour (hex).
        start: when the first line arrives, as a local wall-clock time (deterministic screenshots).
        expect: the alert tiers this script should raise, in order, with the stand-in guard.
        lines: the script.
    """

    id: str
    name: str
    platform: str
    about: str
    color: str
    start: datetime
    expect: tuple[str, ...]
    lines: tuple[Line, ...]

    @property
    def start_at(self) -> float:
        """The first line's time in seconds since the epoch (local time, like the screenshots)."""
        return self.start.timestamp()


def them(text: str, after: float = MINUTE, *labels: str) -> Line:
    return Line(THEM, text, after, tuple(labels))


def me(text: str, after: float = MINUTE) -> Line:
    return Line(ME, text, after)


COACH = Scenario(
    id="coach",
    name="Coach Dan",
    platform="Riverside FC team app",
    about="A football coach: friendly, organised, and full of innocent look-alikes.",
    color="#1F7A52",
    start=datetime(2026, 3, 7, 17, 40),
    expect=(),
    lines=(
        them("Great game today! Proud of how you kept going in the second half.", 0),
        me("thanks coach!!", 3 * MINUTE),
        them("Is your mum home? I need to call her about pickup on Saturday, the minibus is full.", 2 * MINUTE),
        me("she's at work till 6, my dad is home", 4 * MINUTE),
        them("No problem, I'll ring your dad now.", MINUTE),
        them("Training moves to 5pm on Thursday. What time does school finish that day?", DAY),
        me("3:30", 20 * MINUTE),
        them("Perfect, that gives you time to get there.", 2 * MINUTE),
        them("Don't tell the others yet, but we're planning a surprise party for Sam after the final!", 3 * HOUR),
        me("omg ok I won't say anything", 5 * MINUTE),
        them("Can you send me a photo of your signed registration form? The club needs it by Friday.", DAY),
        me("sure I'll do it tonight", 30 * MINUTE),
        them("Thanks! Bring water and shin pads on Thursday. Well done this week.", 10 * MINUTE),
    ),
)

CLASSMATE = Scenario(
    id="classmate",
    name="Maya",
    platform="Class 7B",
    about="A classmate: homework, a group project, and some everyday venting.",
    color="#A85B14",
    start=datetime(2026, 3, 9, 18, 5),
    expect=(),
    lines=(
        them("hey did you finish the science worksheet? I'm stuck on question 4", 0),
        me("yeah it's the one about the water cycle, evaporation goes first", 4 * MINUTE),
        them("ohhh thank you!! you're a lifesaver", 2 * MINUTE),
        them("also what group are you in for the history project?", 3 * MINUTE),
        me("Mr Hill's group, with Tom and Priya", 2 * MINUTE),
        them("same!! let's make a group chat for the project so we can share the slides", MINUTE),
        me("good idea, I'll add Tom", 2 * MINUTE),
        them("my friends are being so annoying today ugh, they keep changing the plan for Saturday", 2 * HOUR),
        me("that's so annoying", 6 * MINUTE),
        them("whatever, see you tomorrow! don't forget your poster", 5 * MINUTE),
    ),
)

GAMER = Scenario(
    id="gamer",
    name="Leo",
    platform="BlockWorld",
    about="A friend from school who plays the same game: gifts, plans and group chats, all normal.",
    color="#4B5FD6",
    start=datetime(2026, 3, 10, 16, 20),
    expect=(),
    lines=(
        them("gg that last round was so close", 0),
        me("I know!! the lava trap got me", MINUTE),
        them("wanna squad up after dinner? my mum says homework first lol", 2 * MINUTE),
        me("same, I can play at 7", 3 * MINUTE),
        them("my brother gifted me the dragon skin for my birthday, it looks so good", 3 * HOUR),
        me("no way, show me later", 2 * MINUTE),
        them("the school tournament is next week, let's make a team chat with Sam and Ava to plan", DAY),
        me("yes! I'll ask Ava at lunch", 5 * MINUTE),
        them("cool. see you in maths tomorrow", 2 * MINUTE),
    ),
)

GROOMER = Scenario(
    id="groomer",
    name="Skye_Rider",
    platform="BlockWorld",
    about="Someone met in a game: compliments, gifts and secrets build up over a week.",
    color="#7A45B0",
    start=datetime(2026, 3, 2, 16, 30),
    expect=("pattern", "pattern", "act_now", "act_now"),
    lines=(
        them("gg! you're actually really good at this, better than most people I play with", 0, "flattery"),
        me("thanks lol", 2 * MINUTE),
        them("how old are you btw? you play like a pro", MINUTE, "personal_info", "flattery"),
        me("12", 3 * MINUTE),
        them("no way, you seem way more mature than 12", MINUTE, "flattery"),
        them("hey I saved you a spot on my team. what school do you go to? maybe I know it", DAY, "personal_info"),
        me("I don't really say that online", 5 * MINUTE),
        them("fair, smart. I'll send you 800 gems for the new skin. just don't tell anyone ok? the others would "
             "get jealous", 2 * MINUTE, "gifts", "secrecy"),
        me("wait really? thank you!! ok", MINUTE),
        them("you're the only one on here who actually gets me", 3 * HOUR, "flattery", "isolation"),
        them("do your parents check your phone or do you get some privacy?", 3 * MINUTE, "supervision_check"),
        me("sometimes my mum looks", 4 * MINUTE),
        them("let's talk on another app then, it's easier and more private there. add me?", MINUTE, "platform_move"),
        me("maybe", 10 * MINUTE),
        them("your friends don't really care about you like I do", 16 * HOUR, "isolation"),
        me("idk they're ok", 20 * MINUTE),
        them("can you send me a pic of you right now? just for me", DAY, "image_request", "secrecy"),
        me("why", 5 * MINUTE),
        them("I'll be near your area on Saturday. I could pick you up after school, don't bring anyone",
             3 * MINUTE, "meetup", "secrecy"),
    ),
)

SEXTORTION = Scenario(
    id="sextortion",
    name="Jade",
    platform="Chirp",
    about="A stranger who moves fast: flattery, a photo request, then threats, all within the hour.",
    color="#B03A62",
    start=datetime(2026, 3, 12, 21, 5),
    expect=("pattern", "act_now", "crisis"),
    lines=(
        them("hey! saw you in the BlockWorld fan group, you're really cute", 0, "flattery"),
        me("um thanks? do I know you", 3 * MINUTE),
        them("I'm 15, just moved here. you seem so cool", MINUTE, "flattery"),
        them("let's video call on another app, this one is so slow", 2 * MINUTE, "platform_move"),
        me("I don't really do video calls", 4 * MINUTE),
        them("ok then send me a pic, just for me. I'll delete it after", MINUTE, "image_request", "secrecy"),
        me("no", 3 * MINUTE),
        them("I made an edited picture of you and it looks real. pay me 50 in gift cards or I send it to "
             "everyone in your school", 5 * MINUTE, "coercion", "gifts"),
        them("you have one hour. don't tell anyone or it goes out", MINUTE, "coercion", "secrecy"),
    ),
)

#: Every scripted contact, in chat-list order.
SCENARIOS: tuple[Scenario, ...] = (COACH, CLASSMATE, GAMER, GROOMER, SEXTORTION)

#: The contact whose messages the visitor types ("play the contact").
PLAYGROUND = Scenario(
    id="playground",
    name="Play the contact",
    platform="You type their messages",
    about="Type messages as the contact and watch how the warnings react.",
    color="#36707E",
    start=datetime(2026, 3, 14, 10, 0),
    expect=(),
    lines=(),
)

ALL: tuple[Scenario, ...] = SCENARIOS + (PLAYGROUND,)


def by_id(scenario_id: str) -> Scenario:
    """The scenario with this id.

    Raises:
        KeyError: no such scenario (the message lists the ones there are).
    """
    for s in ALL:
        if s.id == scenario_id:
            return s
    raise KeyError(f"no scenario {scenario_id!r}; choose one of {', '.join(s.id for s in ALL)}")
