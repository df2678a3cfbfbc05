#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal, as a person at a keyboard would.

    pty_run.py STEP... -- COMMAND ARG...

Steps, in order: `expect:TEXT` waits for TEXT in the output, `send:HEX`
types bytes (`03` is Ctrl-C), `echo` notes whether the terminal echoes now,
`alive` notes (after half a second) whether the command still runs.
Prints one JSON object: the exit code, the echo noted, the liveness noted,
whether the terminal echoes after the command ended, and what it printed.
"""
import json
import os
import pty
import select
import sys
import termios
import time


def main():
    sep = sys.argv.index("--")
    steps, cmd = sys.argv[1:sep], sys.argv[sep + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    out = b""

    def read_some(timeout):
        nonlocal out
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(fd, 4096)
        except OSError:
            return None
        if not data:
            return None
        out += data
        return True

    echo_during = None
    alive = []
    status = None
    for step in steps:
        kind, _, arg = step.partition(":")
        if kind == "expect":
            end = time.time() + 20
            while arg.encode() not in out:
                if read_some(max(0.0, end - time.time())) is not True:
                    print(json.dumps({"error": f"no {arg!r} in {out!r}"}))
                    os.kill(pid, 9)
                    return
        elif kind == "send":
            time.sleep(0.2)
            os.write(fd, bytes.fromhex(arg))
        elif kind == "echo":
            echo_during = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
        elif kind == "alive":
            time.sleep(0.5)
            while read_some(0) is True:
                pass
            if status is None:
                done, st = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = st
            alive.append(status is None)
    end = time.time() + 20
    while time.time() < end and read_some(0.5) is not None:
        pass
    if status is None:
        _, status = os.waitpid(pid, 0)
    echo_after = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
    print(json.dumps({
        "code": os.waitstatus_to_exitcode(status),
        "echo_during": echo_during,
        "alive": alive,
        "echo_after": echo_after,
        "output": out.decode("utf-8", "replace"),
    }))


main()
