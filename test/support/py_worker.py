# Runs emitted Python functions for the differential tests. One request per line on stdin, a
# batch of functions, each loaded on its own (a syntax error fails only its own case):
#   {"id": 1, "batch": [{"name": "f", "code": "def f(s: str) -> str: ...", "inputs": [["ab"], ["c"]]}]}
# one response per line on stdout, one list of results per function:
#   {"id": 1, "batch": [[{"ok": true, "value": ...} | {"ok": false, "error": "..."}]]}
# Values are checked for the types the engine's values can have: an int where a float appears
# (2.0 prints differently from 2 in Python), a tuple, None or anything else is reported as an error,
# so the comparison on the TypeScript side is a plain JSON comparison.
import json
import sys
import traceback


class Unexpected(Exception):
    pass


def plain(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            raise Unexpected("non-finite float %r" % v)
        if v == int(v):
            # A whole number that Python holds as a float: str() and indexing treat it differently.
            raise Unexpected("whole-number float %r" % v)
        return v
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        if not all(isinstance(k, str) for k in v):
            raise Unexpected("dict with non-string keys %r" % (v,))
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, tuple):
        raise Unexpected("tuple %r" % (v,))
    raise Unexpected("unexpected %s %r" % (type(v).__name__, v))


def run(request):
    results = []
    try:
        namespace = {}
        exec(compile(request["code"], "<emitted>", "exec"), namespace)
        f = namespace[request["name"]]
    except Exception as e:  # the code does not even load
        message = "load: %s: %s" % (type(e).__name__, e)
        return [{"ok": False, "error": message} for _ in request["inputs"]]
    for args in request["inputs"]:
        try:
            results.append({"ok": True, "value": plain(f(*args))})
        except Unexpected as e:
            results.append({"ok": False, "error": str(e)})
        except Exception as e:
            results.append({"ok": False, "error": "%s: %s" % (type(e).__name__, e)})
    return results


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        replies = []
        for case in request["batch"]:
            try:
                replies.append(run(case))
            except Exception:
                replies.append([{"ok": False, "error": traceback.format_exc()} for _ in case["inputs"]])
        sys.stdout.write(json.dumps({"id": request["id"], "batch": replies}, ensure_ascii=True) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
