"""The query mix: bench/queries/*.txt, one query a line in ombud's syntax, translated here
mechanically for the baselines (bench/README.md describes the subset and the rules).

A line is `CLASS<TAB>QUERY` or `CLASS<TAB>QUERY<TAB>sort=date`; '#' starts a comment line.
QUERY uses: lower-case words (all required), OR, AND, parentheses, "quoted phrases", and the
filters council:, category:, outcome:, year: (exact values, quoted when they have spaces),
date: (YYYY, YYYY-MM-DD, A..B, >=D, <=D, >D, <D) and paid: (N, A..B, >=N, <=N)."""

import datetime
import glob
import os
import re

TOKEN = re.compile(r'\s*(?:(?P<field>[a-z]+):(?:"(?P<qvalue>[^"]*)"|(?P<value>[^\s()"]+))'
                   r'|"(?P<phrase>[^"]+)"|(?P<op>OR|AND)(?=[\s()]|$)|(?P<paren>[()])'
                   r"|(?P<word>[a-z]+))")
EXACT_FIELDS = {"council": "council", "category": "category", "outcome": "outcome",
                "year": "year"}
FACT_KEYS = {"council": "organisation", "category": "category", "outcome": "outcome"}


class QueryFileError(Exception):
    pass


def _parse_day(text, end):
    """A YYYY or YYYY-MM-DD bound as a date; a year is its first day, or its last when `end`."""
    if re.fullmatch(r"\d{4}", text):
        return datetime.date(int(text), 12, 31) if end else datetime.date(int(text), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.date.fromisoformat(text)
    raise QueryFileError(f"unsupported date bound {text!r}")


def date_range(value):
    """date:VALUE as inclusive (low, high) dates, either None when open."""
    one_day = datetime.timedelta(days=1)
    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            rest = value[len(op):]
            if op == ">=":
                return _parse_day(rest, False), None
            if op == ">":
                return _parse_day(rest, True) + one_day, None
            if op == "<=":
                return None, _parse_day(rest, True)
            return None, _parse_day(rest, False) - one_day
    if ".." in value:
        low, high = value.split("..", 1)
        return (_parse_day(low, False) if low else None, _parse_day(high, True) if high else None)
    return _parse_day(value, False), _parse_day(value, True)


def paid_range(value):
    """paid:VALUE as inclusive (low, high) pounds, either None when open."""
    number = r"\d+(?:\.\d{1,2})?"
    if re.fullmatch(r">=" + number, value):
        return float(value[2:]), None
    if re.fullmatch(r"<=" + number, value):
        return None, float(value[2:])
    if ".." in value:
        low, high = value.split("..", 1)
        if re.fullmatch(f"(?:{number})?", low) and re.fullmatch(f"(?:{number})?", high):
            return (float(low) if low else None, float(high) if high else None)
    if re.fullmatch(number, value):
        return float(value), float(value)
    raise QueryFileError(f"unsupported paid value {value!r}")


def _sql_quote(text):
    return "'" + text.replace("'", "''") + "'"


def _xapian_value(value):
    return f'"{value}"' if re.search(r'[\s()"]', value) else value


def _num(x):
    return f"{x:g}"


class Query:
    def __init__(self, qid, qclass, text, sort):
        self.id, self.qclass, self.ombud, self.sort = qid, qclass, text, sort
        self.text_parts = []  # the words, operators and phrases, in order
        self.filters = []  # (field, value)
        for m in TOKEN.finditer(text):
            if m.group("field"):
                field = m.group("field")
                value = m.group("qvalue") if m.group("qvalue") is not None else m.group("value")
                if field not in EXACT_FIELDS and field not in ("date", "paid"):
                    raise QueryFileError(f"field {field}: is not in the benchmark's subset")
                self.filters.append((field, value))
            elif m.group("phrase"):
                self.text_parts.append(("phrase", m.group("phrase")))
            elif m.group("op"):
                self.text_parts.append(("op", m.group("op")))
            elif m.group("paren"):
                self.text_parts.append(("paren", m.group("paren")))
            elif m.group("word"):
                self.text_parts.append(("word", m.group("word")))
        if re.sub(r"\s", "", "".join(m.group(0) for m in TOKEN.finditer(text))) != re.sub(
                r"\s", "", text):
            raise QueryFileError(f"text outside the benchmark's subset in {text!r}")
        if not self.filters and not self.text_parts:
            raise QueryFileError("empty query")
        self._check_or_grouping()

    def _check_or_grouping(self):
        """An OR beside other words or beside filters is read differently by QueryParser (where
        a filter or a range binds to its neighbour) and by FTS5 plus SQL, so the mix writes
        the OR in parentheses: `(a OR b) c`, `(a OR b) outcome:upheld`."""
        depth, items, ors = 0, 0, 0
        for kind, value in self.text_parts:
            if kind == "paren":
                depth += 1 if value == "(" else -1
                if value == "(" and depth == 1:
                    items += 1
            elif depth == 0:
                if kind == "op" and value == "OR":
                    ors += 1
                elif kind != "op":
                    items += 1
        if ors and (self.filters or items != ors + 1):
            raise QueryFileError("put an OR that has other words or filters beside it in "
                                 "parentheses")

    def _text(self):
        out = []
        for kind, value in self.text_parts:
            out.append(f'"{value}"' if kind == "phrase" else value)
        return " ".join(out).replace("( ", "(").replace(" )", ")")

    def xapian(self):
        """QueryParser text for the plain Xapian baseline (its own prefixes and processors)."""
        parts = [self._text()] if self.text_parts else []
        for field, value in self.filters:
            if field in EXACT_FIELDS:
                parts.append(f"{field}:{_xapian_value(value)}")
            elif field == "date":
                low, high = date_range(value)
                parts.append("date:" + (low.strftime("%Y%m%d") if low else "") + ".." +
                             (high.strftime("%Y%m%d") if high else ""))
            else:
                low, high = paid_range(value)
                parts.append("paid:" + (_num(low) if low is not None else "") + ".." +
                             (_num(high) if high is not None else ""))
        return " ".join(parts)

    def fts_match(self):
        """FTS5 has no implicit AND next to a parenthesis: write every AND out."""
        out = []
        for kind, value in self.text_parts:
            operand_start = kind in ("word", "phrase") or (kind == "paren" and value == "(")
            if out and operand_start and (out[-1] == ")" or out[-1] not in ("(", "AND", "OR")):
                out.append("AND")
            out.append(f'"{value}"' if kind == "phrase" else value)
        return " ".join(out).replace("( ", "(").replace(" )", ")")

    def sql_where(self):
        """The filters as SQL on the meta table; filters on one exact field are ORed, as
        ombud ORs them, and different fields ANDed."""
        by_field = {}
        for field, value in self.filters:
            by_field.setdefault(field, []).append(value)
        clauses = []
        for field, values in by_field.items():
            if field in EXACT_FIELDS:
                column = {"council": "m.council", "category": "m.category",
                          "outcome": "m.outcome", "year": "m.year"}[field]
                quoted = [str(int(v)) if field == "year" else _sql_quote(v) for v in values]
                clauses.append(f"{column} = {quoted[0]}" if len(quoted) == 1 else
                               f"{column} IN ({', '.join(quoted)})")
                continue
            for value in values:
                low, high = date_range(value) if field == "date" else paid_range(value)
                column = "m.date" if field == "date" else "m.paid"
                lit = ((lambda d: _sql_quote(d.isoformat())) if field == "date" else _num)
                if low is not None:
                    clauses.append(f"{column} >= {lit(low)}")
                if high is not None:
                    clauses.append(f"{column} <= {lit(high)}")
        return " AND ".join(clauses)

    def truth(self, facts):
        """The exact count from the generator's facts, for a query with filters only."""
        if self.text_parts:
            return None
        by_field = {}
        for field, value in self.filters:
            by_field.setdefault(field, []).append(value)
        n = 0
        for f in facts:
            ok = True
            for field, values in by_field.items():
                if field in FACT_KEYS:
                    ok = f.get(FACT_KEYS[field]) in values
                elif field == "year":
                    ok = bool(f.get("decision_date")) and f["decision_date"][:4] in values
                elif field == "date":
                    d = f.get("decision_date")
                    for value in values:
                        low, high = date_range(value)
                        ok = ok and bool(d) and (low is None or d >= low.isoformat()) and (
                            high is None or d <= high.isoformat())
                else:
                    for value in values:
                        low, high = paid_range(value)
                        p = float(f.get("paid", 0))
                        ok = ok and (low is None or p >= low) and (high is None or p <= high)
                if not ok:
                    break
            n += ok
        return n


def load(query_dir):
    """Every query of the mix, in file then line order."""
    queries = []
    for path in sorted(glob.glob(os.path.join(query_dir, "*.txt"))):
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) not in (2, 3) or (len(cols) == 3 and cols[2] != "sort=date"):
                    raise SystemExit(f"{path}:{number}: expected CLASS<TAB>QUERY[<TAB>sort=date]")
                try:
                    queries.append(Query(f"{name}:{number}", cols[0], cols[1],
                                         "date" if len(cols) == 3 else "relevance"))
                except QueryFileError as e:
                    raise SystemExit(f"{path}:{number}: {e}")
    return queries


def write_plan(queries, path):
    """The plan ombud-bench-query reads (query_plan.hpp)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("id\tclass\tombud\tsort\txapian\tfts_match\tsql_where\n")
        for q in queries:
            out.write("\t".join([q.id, q.qclass, q.ombud, q.sort, q.xapian(), q.fts_match(),
                                 q.sql_where()]) + "\n")
