"""Money never passes through float: a lint over core, storage and the CLI, and the guards
that refuse a float at the edges (the Cents column type, dossier details, money helpers).

The lint fails on
  * any float literal (``0.5``, ``1e3``),
  * any call of ``float(...)``,
  * any true division ``/`` whose operands mention a money name (cents, amount, total, ...).

An exception needs an entry in ALLOWED with its reason; an entry that no longer matches
anything fails too, so the list cannot go stale.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy.orm import Session

from debtordesk.core.dossier import canonical_details
from debtordesk.core.money import from_decimal, to_decimal
from debtordesk.storage.datafile import open_data_file
from debtordesk.storage.models import Cents, ClientRowORM, InvoiceRowORM, PaymentRowORM, PromiseRowORM

PACKAGE = Path(__file__).resolve().parent.parent / "debtordesk"
#: What is linted: the layers that compute and store money. The UI, the composition root
#: and the entry point are out of scope (timers and layout there use float seconds).
SCOPE = ("core", "storage", "importers", "ui", "cli.py", "cli_import.py", "cli_letter.py", "cli_dossier.py", "cli_calc.py", "app.py")

MONEY_WORDS = {"cent", "cents", "amount", "amounts", "total", "totals", "paid", "open", "net", "vat", "money",
               "price", "prices", "balance", "sum", "euro", "euros", "remaining", "outstanding", "overdue"}

#: (file relative to debtordesk/, source of the flagged expression) -> why it is fine.
ALLOWED: dict[tuple[str, str], str] = {
    ("core/money.py", "Decimal(cents) / 100"):
        "Decimal division by 100 is exact (at most two decimals); this is the one place cents become units.",
}


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    rule: str
    source: str

    def __str__(self) -> str:
        return f"debtordesk/{self.file}:{self.line}: {self.rule}: {self.source}"


def linted_files() -> list[Path]:
    files: list[Path] = []
    for entry in SCOPE:
        target = PACKAGE / entry
        files.extend(sorted(target.rglob("*.py")) if target.is_dir() else [target])
    return files


def _words(node: ast.AST) -> set[str]:
    words: set[str] = set()
    for sub in ast.walk(node):
        name = sub.id if isinstance(sub, ast.Name) else sub.attr if isinstance(sub, ast.Attribute) else None
        if name:
            words.update(part.lower() for part in re.split(r"_+|(?<=[a-z])(?=[A-Z])", name) if part)
    return words


def lint_source(source: str, file: str) -> Iterator[Finding]:
    tree = ast.parse(source)

    def finding(node: ast.expr | ast.stmt, rule: str) -> Finding:
        return Finding(file, node.lineno, rule, ast.get_source_segment(source, node) or "")

    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (float, complex)):
            yield finding(node, "float literal")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "float":
            yield finding(node, "float() call")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            if _words(node.left) & MONEY_WORDS or _words(node.right) & MONEY_WORDS:
                yield finding(node, "true division of money")
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Div):
            if _words(node.target) & MONEY_WORDS or _words(node.value) & MONEY_WORDS:
                yield finding(node, "true division of money")


def all_findings() -> list[Finding]:
    findings = []
    for path in linted_files():
        findings.extend(lint_source(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix()))
    return findings


def test_scope_is_what_we_think() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in linted_files()}
    assert {"core/money.py", "core/services.py", "core/dossier.py", "core/demo.py", "storage/repository.py",
            "storage/models.py", "storage/migrations/versions/0001_initial.py", "cli.py",
            "ui/invoice_dialog.py", "ui/payment_dialog.py", "app.py"} <= names
    # startup.py measures seconds (a float by nature) and handles no money.
    assert "startup.py" not in names and "__main__.py" not in names


def test_no_float_money_anywhere_money_is_handled() -> None:
    problems = [f for f in all_findings() if (f.file, f.source) not in ALLOWED]
    assert not problems, "money must stay integer cents or Decimal:\n" + "\n".join(map(str, problems))


def test_every_allowance_is_still_needed() -> None:
    used = {(f.file, f.source) for f in all_findings()}
    assert set(ALLOWED) <= used, f"stale ALLOWED entries: {set(ALLOWED) - used}"


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ("rate = 0.21", "float literal"),
        ("big = 1e3", "float literal"),
        ("x = float(text)", "float() call"),
        ("euros = invoice.total_cents / 100", "true division of money"),
        ("half = amount / 2", "true division of money"),
        ("share = row.openCents / n", "true division of money"),
        ("paid /= 2", "true division of money"),
    ],
)
def test_the_lint_catches(code: str, rule: str) -> None:
    assert [f.rule for f in lint_source(code, "x.py")] == [rule]


@pytest.mark.parametrize(
    "code",
    [
        "target = folder / f'{name}.debtordesk'",
        "euros, cents = divmod(total_cents, 100)",
        "vat = net * 21 // 100",
        "if isinstance(value, float): raise TypeError",
        "ratio = Fraction(1, 3)",
    ],
)
def test_the_lint_lets_through(code: str) -> None:
    assert list(lint_source(code, "x.py")) == []


# -- the guards at the edges ------------------------------------------------------------

def test_cents_column_type_refuses_float() -> None:
    column = Cents()
    assert column.process_bind_param(1250, None) == 1250
    assert column.process_bind_param(None, None) is None
    for bad in (12.5, 12.0, True, Decimal("12.50"), "1250"):
        with pytest.raises(TypeError, match="integer cents"):
            column.process_bind_param(bad, None)  # type: ignore[arg-type]


def test_cents_column_refuses_float_on_the_way_to_the_file(tmp_path: Path) -> None:
    with open_data_file(tmp_path / "f.debtordesk", create=True) as data_file:
        with Session(data_file.engine) as session, session.begin():
            client = ClientRowORM(kind="company", name="X", country="NL", language="nl")
            session.add(client)
            session.flush()
            invoice = InvoiceRowORM(client_id=client.id, number="1", issue_date=date(2026, 1, 1),
                                    due_date=date(2026, 2, 1), net_cents=100, vat_cents=21, total_cents=121)
            session.add(invoice)
            session.flush()
            session.add(PaymentRowORM(invoice_id=invoice.id, paid_on=date(2026, 1, 5), amount_cents=12.5,
                                      method="bank_transfer"))
            with pytest.raises(sqlalchemy.exc.StatementError, match="integer cents"):
                session.flush()
            session.rollback()


def test_money_columns_use_the_cents_type() -> None:
    money_columns = [column for table in (InvoiceRowORM, PaymentRowORM, PromiseRowORM)
                     for column in table.__table__.columns if column.name.endswith("_cents")]
    # invoice: net, VAT, total, disputed part; payment: amount; promise: amount, what may stay open.
    assert len(money_columns) == 7
    assert all(isinstance(column.type, Cents) for column in money_columns)


@pytest.mark.parametrize("details", [{"amount_cents": 12.5}, {"changes": {"net": [100, 100.0]}}])
def test_dossier_details_refuse_float(details: dict[str, object]) -> None:
    with pytest.raises(TypeError, match="floats are not allowed"):
        canonical_details(details)


def test_money_helpers_refuse_float() -> None:
    with pytest.raises(TypeError):
        to_decimal(12.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_decimal(12.5)  # type: ignore[arg-type]
