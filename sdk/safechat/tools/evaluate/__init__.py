"""`safechat eval`: run (streaming and figures), report (Markdown), plots (PNG), command."""
