"""Change every text and slug of the demo content, to check that only its own tests depend on it.

    git clone . /tmp/mutated && cd /tmp/mutated && ln -s "$OLDPWD/.venv" .venv
    .venv/bin/python scripts/mutate_demo.py .
    .venv/bin/python -m pytest -n auto --dist loadfile

Only ``tests/test_demo_content.py`` may fail afterwards. In every ``<app>/demo.py`` the first word
of four letters or more of each string literal holding prose (a space, not an address) gets a
``q`` appended, and each slug (lower-case words joined by hyphens) gets ``-q``. Docstrings and
strings that name files, addresses, codes or choices are left alone.
"""

import ast
import io
import re
import sys
import tokenize
from pathlib import Path

WORD = re.compile(r"(?<![\w%{&<])([^\W\d_]{4,})(?![\w}])")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def mutated(value):
    if " " in value and not value.startswith(("http", "/", "<svg")):
        return WORD.sub(lambda match: match.group(1) + "q", value, count=1)
    is_position = value.endswith(("-child", "-sibling"))  # treebeard's positions
    if SLUG.fullmatch(value) and not is_position and not re.search(r"\d{4}-\d{2}", value[:7]):
        return value + "-q"
    return value


def mutate_file(path):
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text()).readline))
    changed = 0
    for index, token in enumerate(tokens):
        if token.type != tokenize.STRING or token.string.startswith(('"""', "'''", "f", "b", "r")):
            continue
        value = ast.literal_eval(token.string)
        new = mutated(value) if isinstance(value, str) else value
        if new != value:
            tokens[index] = token._replace(string=repr(new))
            changed += 1
    path.write_text(tokenize.untokenize(tokens))
    return changed


def main(root):
    total = sum(mutate_file(path) for path in sorted(Path(root).glob("*/demo.py")))
    print(f"{total} demo strings changed")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
