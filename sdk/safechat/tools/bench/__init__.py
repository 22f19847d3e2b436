"""`safechat bench`: workload, timing, reference, worker, processes, report, command."""
