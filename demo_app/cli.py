"""Command line for the demo: open the messenger, or render a screen offscreen to a PNG.

    python -m demo_app                                   # the messenger, in a window
    python -m demo_app --age 8 --country US              # start with this profile
    python -m demo_app --headless --screenshot out.png   # the chat list, no display needed
    python -m demo_app --headless --screenshot out.png --scenario groomer --until pattern --age 14
    python -m demo_app --headless --screenshot out.png --scenario sextortion --until crisis --press help

The environment Kivy reads at import (no argument parsing, a private KIVY_HOME and the SDL
offscreen driver when headless) is set here, before anything imports Kivy.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import tempfile
from pathlib import Path

from . import presenter, scenarios

WINDOW = (420, 860)  # dp: a phone-shaped window
TIERS = ("pattern", "act_now", "crisis")
ACTIONS = ("talk", "block", "report", "help", "learn", "ok", "hide")


def _age(value: str) -> int | None:
    if value.lower() in ("none", "unset", "default"):
        return None
    try:
        age = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("age must be 7-17 or 'none'") from None
    if not 7 <= age <= 17:
        raise argparse.ArgumentTypeError("age must be 7-17 or 'none'")
    return age


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m demo_app", description="The safechat demo messenger.")
    p.add_argument("--age", type=_age, default=argparse.SUPPRESS, help="the child's age (7-17, or 'none'); picks the warning words")
    p.add_argument("--country", choices=[c for c, _ in presenter.COUNTRIES], help="drives the helpline")
    p.add_argument("--db", help="the message history file (':memory:' keeps nothing); default: user data folder")
    p.add_argument("--fake-guard", action="store_true",
                   help="developer: use the scripted stand-in guard (reads each line's labels) instead of the model")
    p.add_argument("--headless", action="store_true", help="render offscreen with no display (needs --screenshot)")
    p.add_argument("--screenshot", type=Path, metavar="PATH", help="write a PNG of the screen and quit")
    p.add_argument("--screen", choices=("list", "profile"), default="list", help="screen to capture without --scenario")
    p.add_argument("--scenario", choices=[s.id for s in scenarios.ALL], help="open this chat and play it at full speed")
    p.add_argument("--until", choices=TIERS, help="stop at the first warning of this kind (others on the way are hidden)")
    p.add_argument("--press", choices=ACTIONS, help="then press this action on that warning")
    p.add_argument("--prefill", action="store_true", help="play every script in the background first (for the list)")
    p.add_argument("--scale", type=float, default=1.0, help="pixel density of the window (2 gives sharper PNGs)")
    return p


def _environment(args: argparse.Namespace) -> str | None:
    """Set what Kivy reads at import. Returns a temporary KIVY_HOME to remove afterwards."""
    os.environ["KIVY_NO_ARGS"] = "1"
    os.environ["KIVY_METRICS_DENSITY"] = str(args.scale)  # --scale decides, so the PNG size is known
    temp_home = None
    if args.headless:
        os.environ.setdefault("SDL_VIDEODRIVER", "offscreen")
        # Python logging mode: Kivy leaves stderr alone, so a crash still prints its traceback,
        # and only warnings and errors show (Python's default level).
        os.environ.setdefault("KIVY_LOG_MODE", "PYTHON")
        os.environ.setdefault("KIVY_CLIPBOARD", "dummy")
        kivy_log = logging.getLogger("kivy")
        kivy_log.setLevel(logging.ERROR)
        # no display means no X cut buffer; Kivy reports that as critical, and it is harmless here
        kivy_log.addFilter(lambda record: not record.getMessage().startswith("Cutbuffer"))
        if "KIVY_HOME" not in os.environ:
            temp_home = tempfile.mkdtemp(prefix="safechat-demo-kivy-")
            os.environ["KIVY_HOME"] = temp_home
    from kivy.config import Config

    Config.set("graphics", "width", str(int(WINDOW[0] * args.scale)))
    Config.set("graphics", "height", str(int(WINDOW[1] * args.scale)))
    Config.set("input", "mouse", "mouse,multitouch_on_demand")
    Config.set("kivy", "exit_on_escape", "0")
    return temp_home


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.headless and args.screenshot is None:
        parser.error("--headless needs --screenshot PATH (there is nothing to look at otherwise)")
    if args.prefill and args.scenario:
        parser.error("--prefill is for the chat list; it does not go with --scenario")
    if (args.until or args.press) and not args.scenario:
        parser.error("--until and --press need --scenario")
    if args.press and not args.until:
        parser.error("--press needs --until (which warning to press it on)")
    if not 0.5 <= args.scale <= 4:
        parser.error("--scale must be between 0.5 and 4")

    temp_home = _environment(args)
    try:
        from .app import MessengerApp, ShotPlan

        guard_factory = None
        if args.fake_guard:
            from .fake_guard import ScriptedGuard

            guard_factory = ScriptedGuard
        profile = None
        given_age = hasattr(args, "age")  # "--age none" (no age from the host) differs from no --age
        if given_age or args.country or args.headless:
            profile = presenter.Profile(age=args.age if given_age else 11, country=args.country or "GB")
        shot = None
        if args.screenshot is not None:
            args.screenshot.parent.mkdir(parents=True, exist_ok=True)
            shot = ShotPlan(path=args.screenshot, screen=args.screen, scenario=args.scenario, until=args.until,
                            press=args.press, prefill=args.prefill)
        db = args.db if args.db is not None else (":memory:" if args.headless else None)
        app = MessengerApp(guard_factory=guard_factory, scripted_guard=args.fake_guard, db_path=db, profile=profile,
                           shot=shot)
        try:
            app.run()
        finally:
            engine = getattr(app, "engine", None)
            if engine is not None:
                engine.close()  # idempotent; a crash must not leave the model's threads running
        if shot is not None:
            if app.shot_result != 0:
                parser.exit(app.shot_result or 1, f"no screenshot: {app.shot_error or 'unknown'}\n")
            print(f"wrote {args.screenshot}")
        return 0
    finally:
        if temp_home:
            shutil.rmtree(temp_home, ignore_errors=True)
