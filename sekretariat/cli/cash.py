"""The cash area on the command line: ``cash income|expense|to-bank|from-bank|
remit`` (vouchers), ``cash void``, ``cash settings``, ``cash closes``,
``cash-book``, ``close`` (cli/cash_close.py) and ``print voucher|close-report``
(added to the ``print`` group of cli/documents.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    ask,
    command_line,
    guarded,
    logged_in,
    out,
    parse_day,
    say_error,
    say_note,
    say_ok,
    user_option,
)
from sekretariat.errors import ValidationError
from sekretariat.i18n import t


def _amount(text: str) -> int:
    from sekretariat.money import parse_rupiah

    return parse_rupiah(text, field="amount", allow_zero=False)


def amount_argument():  # type: ignore[no-untyped-def]
    return typer.Argument(metavar=t("cli.cash.metavar_amount"), show_default=False,
                          help=t("cli.cash.arg_amount"))


def text_option(name: str, help_key: str):  # type: ignore[no-untyped-def]
    return typer.Option(name, metavar=t("cli.metavar.text"), show_default=False,
                        help=t(help_key))


def date_option():  # type: ignore[no-untyped-def]
    return typer.Option("--date", metavar=t("cli.metavar.date"), show_default=False,
                        help=t("cli.cash.opt_date"))


def bank_flag():  # type: ignore[no-untyped-def]
    return typer.Option("--bank", metavar="", show_default=False, help=t("cli.cash.opt_bank"))


def to_option():  # type: ignore[no-untyped-def]
    return typer.Option("--to", metavar="DIR", show_default=False, help=t("cli.print.opt_to"))


def register(app: typer.Typer) -> None:
    from sekretariat.cli import cash_book, cash_close

    panel = t("cli.cash.panel")
    cash_app = typer.Typer(cls=Group, name="cash", help=t("cli.cash.help"), no_args_is_help=True,
                           rich_markup_mode="rich")
    app.add_typer(cash_app, name="cash", rich_help_panel=panel)
    cash_close.register(app, cash_app, panel)
    cash_book.register(app, panel)
    _register_vouchers(cash_app)
    _register_settings(cash_app)
    _register_print(app)


def _post(ctx, user, kind: str, amount: str, day: str | None,  # type: ignore[no-untyped-def]
          **kwargs) -> None:
    """Record one voucher and say what it did, the drawer after it and how to print it."""
    from sekretariat import clock
    from sekretariat.i18n.formats import fmt_date
    from sekretariat.money import format_rupiah
    from sekretariat.services.cash import balance, vouchers

    value = _amount(amount)
    when = parse_day(day, "date") if day else None
    st, session = logged_in(ctx, user)
    when = when or clock.today()
    if kwargs.get("party") is None:             # the remittance goes to the asset owner
        from sekretariat.services.core import market

        profile = market.get_profile()
        kwargs["party"] = profile.asset_owner if profile else ""
    cash_account = balance.BANK if kwargs.pop("bank", False) else balance.CASH
    try:
        if kind == "income":
            info = vouchers.record_income(session, when, kwargs["account"], value,
                                          kwargs["party"], kwargs["memo"],
                                          cash_account=cash_account)
        elif kind == "expense":
            info = vouchers.record_expense(session, when, kwargs["account"], value,
                                           kwargs["party"], kwargs["memo"],
                                           cash_account=cash_account)
        elif kind == "remit":
            info = vouchers.remit_to_owner(session, when, value, kwargs["party"], kwargs["memo"],
                                           cash_account=cash_account)
        else:
            info = vouchers.transfer(session, when, kind, value, kwargs["memo"], kwargs["party"])
    except ValidationError as exc:
        if exc.key in ("cash.not_income_account", "cash.not_expense_account"):
            accounts = (vouchers.income_accounts() if exc.key == "cash.not_income_account"
                        else vouchers.expense_accounts())
            say_error(exc.message)
            say_note(t("cli.cash.accounts", accounts=", ".join(
                f"{a.code} {a.name}" for a in accounts)))
            raise typer.Exit(exc.exit_code) from None
        raise
    say_ok(t("cli.cash.recorded", number=info.number, kind=t(f"cash.kind.{info.kind}"),
             amount=format_rupiah(info.amount), account=f"{info.counter_account} "
             f"{info.counter_name}"))
    held = balance.balance_at_end_of(info.cash_account, max(info.voucher_date,
                                                            clock.today()))
    say_note(t("cli.cash.balance_now", account=t(f"cash.account.{info.cash_account}"),
               day=fmt_date(max(info.voucher_date, clock.today())),
               balance=format_rupiah(held)))
    say_note(t("cli.cash.print_hint", command=command_line(st, "print", "voucher", info.number)))


def _register_vouchers(cash_app: typer.Typer) -> None:
    @cash_app.command("income", cls=Command, help=t("cli.cash.income_help"))
    @guarded
    def income(
        ctx: typer.Context,
        amount: Annotated[str, amount_argument()],
        account: Annotated[str, typer.Option("--account", metavar=t("cli.cash.metavar_code"),
                                             help=t("cli.cash.opt_income_account"))] = "4-900",
        party: Annotated[str, text_option("--party", "cli.cash.opt_payer")] = "",
        memo: Annotated[str, text_option("--memo", "cli.cash.opt_memo")] = "",
        day: Annotated[str | None, date_option()] = None,
        bank: Annotated[bool, bank_flag()] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        _post(ctx, user, "income", amount, day, account=account.strip(), party=party,
              memo=memo, bank=bank)

    @cash_app.command("expense", cls=Command, help=t("cli.cash.expense_help"))
    @guarded
    def expense(
        ctx: typer.Context,
        amount: Annotated[str, amount_argument()],
        category: Annotated[str, typer.Option("--category", "--account",
                                              metavar=t("cli.cash.metavar_code"),
                                              show_default=False,
                                              help=t("cli.cash.opt_category"))],
        party: Annotated[str, text_option("--party", "cli.cash.opt_payee")] = "",
        memo: Annotated[str, text_option("--memo", "cli.cash.opt_memo")] = "",
        day: Annotated[str | None, date_option()] = None,
        bank: Annotated[bool, bank_flag()] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        _post(ctx, user, "expense", amount, day, account=category.strip(), party=party,
              memo=memo, bank=bank)

    def transfer_command(name: str, kind: str, help_key: str) -> None:
        @cash_app.command(name, cls=Command, help=t(help_key))
        @guarded
        def move(
            ctx: typer.Context,
            amount: Annotated[str, amount_argument()],
            memo: Annotated[str, text_option("--memo", "cli.cash.opt_memo")] = "",
            party: Annotated[str, text_option("--party", "cli.cash.opt_transfer_party")] = "",
            day: Annotated[str | None, date_option()] = None,
            user: Annotated[str | None, user_option()] = None,
        ) -> None:
            _post(ctx, user, kind, amount, day, party=party, memo=memo)

    transfer_command("to-bank", "to_bank", "cli.cash.to_bank_help")
    transfer_command("from-bank", "from_bank", "cli.cash.from_bank_help")

    @cash_app.command("remit", cls=Command, help=t("cli.cash.remit_help"))
    @guarded
    def remit(
        ctx: typer.Context,
        amount: Annotated[str, amount_argument()],
        party: Annotated[str | None, text_option("--party", "cli.cash.opt_recipient")] = None,
        memo: Annotated[str, text_option("--memo", "cli.cash.opt_memo")] = "",
        day: Annotated[str | None, date_option()] = None,
        bank: Annotated[bool, bank_flag()] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        _post(ctx, user, "remit", amount, day, party=party, memo=memo, bank=bank)

    @cash_app.command("void", cls=Command, help=t("cli.cash.void_help"))
    @guarded
    def void(
        ctx: typer.Context,
        number: Annotated[str, typer.Argument(metavar="BKM|BKK/YYYY/NNNNN", show_default=False,
                                              help=t("cli.cash.arg_voucher"))],
        reason: Annotated[str | None, text_option("--reason", "cli.cash.opt_reason")] = None,
        day: Annotated[str | None, date_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.i18n.formats import fmt_date
        from sekretariat.services.cash import vouchers
        from sekretariat.services.core import permissions

        when = parse_day(day, "date") if day else None
        _, session = logged_in(ctx, user)
        permissions.require(session, "cash.void")     # refuse before asking for the reason
        voucher = vouchers.find_voucher(session, number)

        def given(text: str) -> str:
            if not text.strip():
                raise ValidationError("cash.reason_empty", field="reason")
            return text.strip()

        if reason is None:
            reason = ask(t("cli.prompt.reason"), given)
        info = vouchers.void_voucher(session, voucher.id, reason, when)
        say_ok(t("cli.cash.voided", number=info.number, day=fmt_date(info.voided_on)))


def _register_settings(cash_app: typer.Typer) -> None:
    @cash_app.command("settings", cls=Command, help=t("cli.cash.settings_help"))
    @guarded
    def cash_settings(
        ctx: typer.Context,
        denominations: Annotated[str | None, typer.Option(
            "--denominations", metavar="100000k,…,1000l,500l", show_default=False,
            help=t("cli.cash.opt_denominations"))] = None,
        blind: Annotated[bool | None, typer.Option(
            "--blind/--no-blind", show_default=False, help=t("cli.cash.opt_blind"))] = None,
        threshold: Annotated[str | None, typer.Option(
            "--threshold", metavar=t("cli.cash.metavar_amount"), show_default=False,
            help=t("cli.cash.opt_threshold"))] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.money import parse_rupiah
        from sekretariat.services.cash import settings

        limit = parse_rupiah(threshold, field="approval_threshold") if threshold else None
        pairs = _denominations(denominations) if denominations is not None else None
        _, session = logged_in(ctx, user)
        if pairs is None and blind is None and limit is None:
            current = settings.get_settings()
        else:
            current = settings.update_settings(session, denominations=pairs, blind_count=blind,
                                               approval_threshold=limit)
            say_ok(t("cli.cash.settings_saved"))
        _print_settings(current)


def _denominations(text: str) -> list[tuple[str, int]]:
    """``100000,50000,1000k,1000l,500l``: a plain value is a note (kertas)."""
    import re

    from sekretariat.cli.cash_close import FORM_WORDS
    from sekretariat.money import parse_rupiah

    pairs = []
    for piece in (p.strip() for p in text.split(",") if p.strip()):
        found = re.fullmatch(r"([0-9][0-9.]*)\s*([a-zA-Z]*)", piece)
        if not found:
            raise ValidationError("cash.denomination_value", field="denominations", value=piece)
        word = found.group(2).lower()
        if word and word not in FORM_WORDS:
            raise ValidationError("cli.cash.form_unknown", field="denominations", form=word)
        pairs.append((FORM_WORDS[word] if word else "note",
                      parse_rupiah(found.group(1), field="denominations", allow_zero=False)))
    return pairs


def _print_settings(current) -> None:  # type: ignore[no-untyped-def]
    from sekretariat.money import format_rupiah

    console = out()
    console.print(t("cli.cash.settings_denominations", list=", ".join(
        f"{format_rupiah(d.value)} {t(f'cash.form.{d.form}')}" for d in current.denominations)))
    console.print(t("cli.cash.settings_blind_on" if current.blind_count
                    else "cli.cash.settings_blind_off"))
    console.print(t("cli.cash.settings_threshold",
                    amount=format_rupiah(current.approval_threshold)))


def _register_print(app: typer.Typer) -> None:
    """``print voucher`` and ``print close-report`` in the existing print group."""
    from sekretariat.cli.documents import print_group

    print_app = print_group(app)

    @print_app.command("voucher", cls=Command, help=t("cli.cash.print_voucher_help"))
    @guarded
    def voucher(
        ctx: typer.Context,
        number: Annotated[str, typer.Argument(metavar="BKM|BKK/YYYY/NNNNN", show_default=False,
                                              help=t("cli.cash.arg_voucher"))],
        to: Annotated[str | None, to_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.cash import documents, vouchers

        _, session = logged_in(ctx, user)
        info = vouchers.find_voucher(session, number)
        say_ok(t("cli.print.written", path=str(documents.voucher_pdf(session, info.id,
                                                                     to_dir=to))))

    @print_app.command("close-report", cls=Command, help=t("cli.cash.print_close_help"))
    @guarded
    def close_report(
        ctx: typer.Context,
        day: Annotated[str, typer.Argument(metavar=t("cli.metavar.date"), show_default=False,
                                           help=t("cli.cash.arg_close_day"))],
        to: Annotated[str | None, to_option()] = None,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.cash import close_read, documents

        when = parse_day(day)
        _, session = logged_in(ctx, user)
        info = close_read.close_in_force(session, when)
        say_ok(t("cli.print.written", path=str(documents.close_report_pdf(session, info.id,
                                                                          to_dir=to))))
