"""`Guard`: normalise, tokenise, run the model, apply the thresholds (a :class:`~safechat.Scorer`)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

import numpy as np
from tokenizers import Tokenizer

from . import bundle as _bundle
from .conversation import Conversation
from .errors import ClosedError, ModelIntegrityError
from .labels import LABELS
from .language import detect, reads
from .normalize import normalize
from .policy import Policy
from .results import Classification
from .runtime import OnnxModel
from .state import AlertBudget

__all__ = ["LONG_TOKENS", "MAX_PIECES", "PIECE_TOKENS", "Classification", "Guard", "GuardOptions"]

@dataclass(frozen=True)
class GuardOptions:
    """Settings for a :class:`Guard`; validated when built."""

    # onnxruntime intra-op threads; 1 keeps latency steady on a phone
    threads: int = 1
    # where timestamps come from when `at=None`; seconds since the epoch (injectable for tests)
    clock: Callable[[], float] | None = None
    # copy locale for alerts ("en-GB", "en-US"); None: each conversation's country decides
    locale: str | None = None
    # ISO 3166-1 alpha-2 country chosen by the host; drives the law sentence and helplines, never guessed
    country: str = "GB"
    # interruptive warnings per 24 h across all conversations; past it an act-now warning comes
    # back quiet (an inline card), never dropped; crisis warnings always interrupt
    daily_cap: int = 3

    def __post_init__(self) -> None:
        if isinstance(self.threads, bool) or not isinstance(self.threads, int) or not 1 <= self.threads <= 16:
            raise ValueError("threads must be an int between 1 and 16")
        if self.clock is not None and not callable(self.clock):
            raise TypeError("clock must be a callable returning seconds, or None")
        if not (self.locale is None or isinstance(self.locale, str)) or not isinstance(self.country, str):
            raise TypeError("locale must be a string or None, and country a string")
        from .alerts import country_code, load_copy

        country_code(self.country)  # an unknown country fails here, listing the supported ones
        if self.locale is not None:
            load_copy(self.locale)
        if isinstance(self.daily_cap, bool) or not isinstance(self.daily_cap, int) or self.daily_cap < 1:
            raise ValueError("daily_cap must be an int of at least 1")


_EMPTY = np.zeros(len(LABELS), dtype=np.float32)
#: A long message is also read in pieces: its sentences, grouped in order into pieces of at most
#: PIECE_TOKENS tokens, each scored on its own (with its own [CLS] and [SEP]), and each label takes
#: its highest score over the whole message and the pieces. The model learnt from chat lines of a
#: sentence or two, so a threat or a photo request inside a long polite message would otherwise be
#: diluted by the rest, or pushed past the 64-token window.
LONG_TOKENS = 40  # tokens: a message longer than this is also read in pieces
PIECE_TOKENS = 40  # tokens per piece at most (a longer single sentence is its own piece)
MAX_PIECES = 4  # pieces read per message, spread from its first sentence to its last (bounded cost)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


class Guard:
    """The safechat message model, ready to score messages and follow conversations.

    ``Guard()`` loads the model bundled with the package. ``Guard(model_dir=...)`` loads another
    bundle directory; ``Guard(model_bytes=..., tokenizer_bytes=..., manifest_bytes=...)`` loads one
    from memory. Every file is checked against its manifest before anything runs. A host that
    delivers its own bundle pins it with ``manifest_sha256=`` (the sha256 of its manifest.json,
    which pins the other files; ``guard.bundle.manifest_sha256`` shows it).

    A Guard is safe to share between threads. Close it with :meth:`close` or use it as a context
    manager.

    Raises:
        ModelIntegrityError: a model file is missing, altered or truncated.
        TypeError, ValueError: arguments of the wrong type or value.
    """

    def __init__(
        self,
        model_dir: str | Path | None = None,
        *,
        model_bytes: bytes | None = None,
        tokenizer_bytes: bytes | None = None,
        manifest_bytes: bytes | None = None,
        manifest_sha256: str | None = None,
        options: GuardOptions | None = None,
    ) -> None:
        if options is None:
            options = GuardOptions()
        elif not isinstance(options, GuardOptions):
            raise TypeError("options must be a GuardOptions")
        if (model_bytes is None) != (tokenizer_bytes is None):
            raise ValueError("model_bytes and tokenizer_bytes must be given together")
        if model_bytes is not None and model_dir is not None:
            raise ValueError("give either model_dir or model_bytes, not both")
        if model_bytes is not None:
            b = _bundle.load_bytes(model_bytes, tokenizer_bytes, manifest_bytes,  # type: ignore[arg-type]
                                   manifest_sha256=manifest_sha256)
        else:
            if manifest_bytes is not None:
                raise ValueError("manifest_bytes only goes with model_bytes")
            b = _bundle.load_dir(model_dir, manifest_sha256=manifest_sha256)
        self.options = options
        self.bundle = b
        tokenizer_name = b.manifest.get("files", {}).get("tokenizer", {}).get("path", "tokenizer.json")
        try:
            tokenizer = Tokenizer.from_str(b.tokenizer_bytes.decode("utf-8"))
        except Exception as exc:  # noqa: BLE001 (tokenizers raises plain Exception subclasses)
            raise ModelIntegrityError(tokenizer_name, f"not a valid tokenizer ({exc.__class__.__name__})") from None
        # Truncation and padding are set here, explicitly: one message at a time, no padding.
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=b.max_length)
        self._tokenizer = tokenizer
        model_name = b.manifest.get("files", {}).get("model", {}).get("path", "model.onnx")
        self._model: OnnxModel | None = OnnxModel(b.model_bytes, threads=options.threads, filename=model_name)
        self._thresholds = np.array([b.thresholds[label] for label in LABELS], dtype=np.float32)
        self._lock = threading.Lock()
        self.alert_budget = AlertBudget(options.daily_cap)

    # -- what a Conversation reads (the Scorer protocol) ---------------------------------------

    @property
    def thresholds(self) -> Mapping[str, float]:
        """Each label's calibrated flag threshold."""
        return self.bundle.thresholds

    @property
    def policy(self) -> Policy:
        """The model's alert policy, from its manifest."""
        return self.bundle.alert_policy

    @property
    def model_id(self) -> str:
        """The model's name and version, as saved in conversation state."""
        return f"{self.bundle.name} {self.bundle.version}"

    @property
    def clock(self) -> Callable[[], float] | None:
        """The device clock from the options (None: the system's)."""
        return self.options.clock

    # -- the pipeline, one stage per method (the benchmark times them apart) -------------------
    # classify(text) == to_classification(*infer(encode(text)), text)

    def encode(self, text: str) -> list[np.ndarray] | None:
        """Stage 1, normalise and tokenise: token ids of the message, and for a long one its
        pieces (see LONG_TOKENS); None when nothing is left to score."""
        clean = normalize(text)
        if not clean.strip():
            return None
        whole = self._tokenizer.encode(clean)
        out = [np.asarray([whole.ids], dtype=np.int64)]
        if len(whole.ids) <= LONG_TOKENS:
            return out
        # whole sentences, grouped in order while the piece (with [CLS] and [SEP]) stays within
        # PIECE_TOKENS; each sentence is tokenised once, each chosen piece once more
        pieces: list[list[str]] = []
        count = 0
        for sentence in (s for s in _SENTENCE_END.split(clean) if s.strip()):
            n = len(self._tokenizer.encode(sentence, add_special_tokens=False).ids)
            if pieces and count + n + 2 <= PIECE_TOKENS:
                pieces[-1].append(sentence)
                count += n
            else:
                pieces.append([sentence])
                count = n
        if len(pieces) < 2 and len(whole.ids) < self.bundle.max_length:
            return out  # one sentence that the whole-message window already reads
        if len(pieces) > MAX_PIECES:  # spread the pieces read from the first to the last
            step = (len(pieces) - 1) / (MAX_PIECES - 1)
            pieces = [pieces[round(i * step)] for i in range(MAX_PIECES)]
        return out + [np.asarray([self._tokenizer.encode(" ".join(p)).ids], dtype=np.int64) for p in pieces]

    def infer(self, ids: list[np.ndarray] | None) -> tuple[np.ndarray, float]:
        """Stage 2, run the model: each label's highest probability over the windows, and the risk.

        Raises:
            ClosedError: the Guard was closed.
        """
        if ids is None:
            return _EMPTY, 0.0
        model = self._model
        if model is None:
            raise ClosedError("this Guard is closed")
        labels, risk = model.run(ids[0])
        probs, top = labels[0], float(risk[0])
        for window in ids[1:]:  # each label (and the risk) takes its highest score over the pieces
            labels, risk = model.run(window)
            probs, top = np.maximum(probs, labels[0]), max(top, float(risk[0]))
        return probs, top

    def to_classification(self, probs: np.ndarray, risk: float, text: str = "") -> Classification:
        """Stage 3, apply the thresholds and the language check (``text`` is read for its script only)."""
        language = detect(text)
        probs = np.clip(probs.astype(np.float64), 0.0, 1.0)
        over = np.flatnonzero(probs >= self._thresholds)
        order = over[np.argsort(-probs[over], kind="stable")]
        return Classification(
            labels={label: float(p) for label, p in zip(LABELS, probs)},
            flagged=tuple(LABELS[i] for i in order),
            risk=min(1.0, max(0.0, risk)),
            language=language,
            readable=reads(language, self.bundle.languages),
        )

    # -- public API ------------------------------------------------------------------------------

    def classify(self, text: str) -> Classification:
        """Score one message on its own.

        Args:
            text: the message. Empty or whitespace-only text scores zero everywhere. Only the
                first 4,096 characters are read (longer messages are truncated by design), the
                first ``max_length`` tokens as one window; a
                message longer than a chat line is also read in up to 4 pieces of whole
                sentences, spread from its start to its end, and each label takes its highest
                score over the message and its pieces.

        Returns:
            A :class:`Classification`. ``readable`` is False for a message probably written in a
            language the model does not read (the bundled model reads English only).

        Raises:
            TypeError: ``text`` is not a str.
            ClosedError: the Guard was closed.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        self._check_open()
        probs, risk = self.infer(self.encode(text))
        return self.to_classification(probs, risk, text)

    def classify_batch(self, texts: Iterable[str]) -> list[Classification]:
        """Score several messages; exactly the results of calling :meth:`classify` on each.

        Raises:
            TypeError: ``texts`` is a str (pass a list) or holds a non-str.
        """
        if isinstance(texts, (str, bytes)):
            raise TypeError("classify_batch takes a list of str; use classify for one message")
        texts = list(texts)
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"texts[{i}] must be a str, not {type(text).__name__}")
        # Rows run one at a time: the int8 graph quantises activations per call, so padding rows
        # into one batch would shift scores slightly. Per-row calls keep batch == single exactly.
        return [self.classify(text) for text in texts]

    def conversation(
        self,
        child_age: int | None = None,
        *,
        locale: str | None = None,
        country: str | None = None,
        contact: str = "unknown",
        alert_budget: AlertBudget | None = None,
        clock: Callable[[], float] | None = None,
    ) -> Conversation:
        """Start following one contact's conversation with the child.

        Args:
            child_age: the child's age in years as the host app knows it (7-17), or None.
            locale: copy locale for alerts; defaults to the Guard's options, and when neither
                sets it, to the country's own (US -> en-US, GB and AU -> en-GB).
            country: ISO 3166-1 alpha-2 code; drives the law sentence and the helplines;
                defaults to the Guard's options. ``safechat.helpline_countries()`` lists them.
            contact: who the contact is, as the host knows it without sending anything anywhere:
                "unknown" (the default: not a saved contact), "known" (a saved contact, classmate,
                coach, mutual friend) or "family" (a parent, carer or relative). A known or family
                contact's photo request or meet-up needs more context before it warns; a threat
                opens the crisis flow whoever sends it.
            alert_budget: the daily cap this conversation draws on; by default the Guard's own,
                shared by all its conversations (one child). Evaluations that replay many
                children's conversations give each its own ``AlertBudget``.
            clock: the device clock for this conversation (seconds since the epoch); by default
                the Guard's. Replays and tests pass one that follows their timeline.

        Raises:
            ValueError: an unknown ``contact`` kind, age outside 7-17, locale without copy, or a
                country without helplines (the message lists the supported ones).
        """
        self._check_open()
        return Conversation(
            self,
            child_age=child_age,
            locale=locale if locale is not None else self.options.locale,  # None: the country's own
            country=country if country is not None else self.options.country,
            contact=contact,
            alert_budget=alert_budget,
            clock=clock,
        )

    @property
    def closed(self) -> bool:
        return self._model is None

    def _check_open(self) -> None:
        if self._model is None:
            raise ClosedError("this Guard is closed")

    def close(self) -> None:
        """Release the model. Safe to call more than once."""
        with self._lock:
            if self._model is not None:
                self._model.close()
                self._model = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"Guard(model={self.bundle.name!r} {self.bundle.version}, {state})"
