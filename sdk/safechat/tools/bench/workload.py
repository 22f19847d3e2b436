"""The messages `safechat bench` times: real contact lines when the shared corpora are found,
else lines written into this module.

The contact's side of shared-data conversations (``dev.jsonl.gz``), shuffled with a fixed seed, at
most :data:`CONVERSATION_CAP` messages per conversation so the long Perverted-Justice logs do not
dominate; each conversation stays one :class:`Workload` conversation, as one chat in an app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from ..corpus import events, read_records, resolve_data

CONVERSATION_CAP = 100  # contact messages taken from one conversation (PJ logs run to thousands)
BUILTIN_CONVERSATION = 25  # messages per conversation made from the built-in lines
BUILTIN_START = 1.7e9  # seconds since the epoch: when built-in conversations start, a minute a message

#: Used when no shared data is found: everyday chat, some grooming-like lines (non-graphic) and
#: a few with filter-evasion tricks, short and long, written for this benchmark.
BUILTIN_LINES: tuple[str, ...] = (
    "hey",
    "lol same",
    "did u finish the maths homework",
    "what time does practice start tomorrow?",
    "omg that episode was sooo good",
    "can you send me the notes from chemistry, I missed the start",
    "brb dinner",
    "gg that last round was close",
    "my mum says I can come to the cinema on saturday if we're back by 6",
    "haha no way",
    "who's your favourite in the band",
    "the bus was late again so I missed first period",
    "ok see you at lunch",
    "are you going to Mia's party?",
    "I can't find my charger anywhere",
    "that's so unfair, the teacher gave us two essays",
    "want to play later? I'm online after 7",
    "nah I'm tired",
    "did you see what she posted 😂",
    "thanks!!",
    "you're really mature for your age, not like the others",
    "what school do you go to?",
    "are your parents home right now?",
    "do they check your phone?",
    "this is just between us ok, don't tell anyone",
    "they don't get you like I do",
    "add me on snap, it's more private there",
    "I could get you a gift card if you want one",
    "I'd buy you robux if you keep it quiet",
    "send me a pic of you, just for me",
    "we should meet up, I can pick you up after school",
    "if you don't answer I'll show everyone what you sent",
    "you look so pretty in your profile pic",
    "how old are you btw",
    "delete our chat after ok",
    "s3nd me a p1c",
    "add me on 👻",
    "d.o.n.t tell ur mum",
    "are you alone?",
    "what are you wearing right now",
    "ur my favourite person to talk to",
    "where do you live, which part of town",
    "let's move to whatsapp, here is my number",
    "nobody understands you like me",
    "I have a present for you, come get it",
    "my coach moved training to the sports hall on the high street",
    "can you ask your dad if I can stay over on friday",
    "the wifi at my gran's house is terrible",
    "did you get the team photo from the tournament",
    "I'll call you later, my phone is on 5%",
    "",
    "👍",
)



@dataclass(frozen=True)
class Workload:
    """Messages grouped by conversation, in app order: [[(text, at), ...], ...]."""

    conversations: list[list[tuple[str, float]]]
    origin: str

    @property
    def count(self) -> int:
        return sum(len(c) for c in self.conversations)

    def head(self, n: int) -> Workload:
        """The first ``n`` messages (the last conversation cut short)."""
        out, left = [], n
        for conv in self.conversations:
            if left <= 0:
                break
            out.append(conv[:left])
            left -= len(out[-1])
        return Workload(out, self.origin)


def load_workload(data: Path | None, count: int, seed: int) -> Workload:
    """``count`` messages from the shared data when found, else from :data:`BUILTIN_LINES`.

    Raises:
        FileNotFoundError: ``data`` was given and holds no data.
    """
    rng = random.Random(seed)
    path = resolve_data(data)
    pool: list[list[tuple[str, float]]] = []
    if path is not None:
        records = list(read_records(path))
        rng.shuffle(records)
        for record in records:
            msgs = [(e.text, e.at) for e in events(record) if e.incoming][:CONVERSATION_CAP]
            if msgs:
                pool.append(msgs)
        origin = f"shared data ({path.name})"
    if not pool:
        lines = list(BUILTIN_LINES)
        for _ in range(0, max(count, len(lines)), BUILTIN_CONVERSATION):
            rng.shuffle(lines)
            pool.append([(text, BUILTIN_START + 60.0 * i) for i, text in enumerate(lines[:BUILTIN_CONVERSATION])])
        origin = "built-in lines"
    conversations, total, i = [], 0, 0
    while total < count:  # cycle the pool when it holds fewer than `count` messages
        conv = pool[i % len(pool)][: count - total]
        conversations.append(conv)
        total += len(conv)
        i += 1
    return Workload(conversations, origin)
