"""A Kivy demo messenger for safechat: try the warnings as a child would meet them.

    python -m demo_app                      # open the messenger (needs a display)
    python -m demo_app --headless --screenshot docs/screens/chat.png --scenario groomer

Only ``cli`` and ``app`` import Kivy; ``presenter``, ``engine``, ``scenarios`` and ``storage``
work without it.
"""
