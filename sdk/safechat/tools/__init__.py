"""Console tools for developers: the `safechat` command, `bench`, `eval`, and what they read.

Nothing here ships in a host app's code path: the runtime (``safechat`` and its top-level modules)
never imports this package. The tools may print and write reports into folders a developer names;
they never print, log or save message text, only counts, rates, timings, ids and file names.

    cli         the `safechat` console (classify, scan, bench, eval)
    corpus      the shared conversation format, message files, and the one data-folder resolver
    metrics     the figures `eval` reports, as small pure functions
    baseline    a plain keyword detector with the Guard interface, for comparison
    timelines   the timeline suite: written chats with real time between messages
    evaluate/   `safechat eval`: run (stream and score), report (Markdown), plots (PNG), command
    bench/      `safechat bench`: workload, timing, reference (all-MiniLM), worker (fresh
                processes) and processes (starting them), report, command
    manifest    writing a model bundle's manifest.json (training time)
"""
