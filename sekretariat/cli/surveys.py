"""The surveys on the command line: ``survey list`` and ``survey index YEAR
[--audience ...]``: the satisfaction index (CSI) per statement and overall and
the number questions' medians with their change against the previous year."""

from __future__ import annotations

from typing import Annotated

import typer

from sekretariat.cli._base import (
    Command,
    Group,
    flag,
    guarded,
    logged_in,
    out,
    say_note,
    user_option,
)
from sekretariat.i18n import t

INDEX_COLUMNS = ["year", "audience", "row", "position", "code", "text", "weight", "unit",
                 "answers", "mean", "satisfaction_pct", "median", "previous_year",
                 "previous_median", "change", "change_pct"]


def register(app: typer.Typer) -> None:
    survey_app = typer.Typer(cls=Group, name="survey", help=t("cli.survey.help"),
                             no_args_is_help=True, rich_markup_mode="rich")
    app.add_typer(survey_app, name="survey", rich_help_panel=t("cli.survey.panel"))

    @survey_app.command("list", cls=Command, help=t("cli.survey.list_help"))
    @guarded
    def list_(
        ctx: typer.Context,
        as_csv: Annotated[bool, flag("--csv", "cli.opt.csv")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        from sekretariat.services.surveys import questionnaires

        _, session = logged_in(ctx, user)
        rows = questionnaires.list_surveys(session)
        if as_csv:
            _list_csv(rows)
        else:
            _list_table(rows)

    @survey_app.command("index", cls=Command, help=t("cli.survey.index_help"))
    @guarded
    def index(
        ctx: typer.Context,
        year: Annotated[int, typer.Argument(metavar=t("cli.survey.metavar_year"),
                                            show_default=False, help=t("cli.survey.arg_year"))],
        audience: Annotated[str | None, typer.Option(
            "--audience", metavar="parkir|pembeli|pedagang|pengelola", show_default=False,
            help=t("cli.survey.opt_audience"))] = None,
        as_csv: Annotated[bool, flag("--csv", "cli.opt.csv")] = False,
        user: Annotated[str | None, user_option()] = None,
    ) -> None:
        _, session = logged_in(ctx, user)
        found = survey_indices(session, year, audience)
        if as_csv:
            _index_csv(found)
        else:
            for number, item in enumerate(found):
                if number:
                    out().print()
                _index_table(item)


def survey_indices(session, year: int, audience: str | None):  # type: ignore[no-untyped-def]
    """The index of every survey of ``year`` (of one audience when given);
    refused when there is none."""
    from sekretariat.errors import NotFound, ValidationError
    from sekretariat.services.surveys import indices, questionnaires

    if audience is not None and audience not in questionnaires.AUDIENCES:
        raise ValidationError("surveys.audience_invalid", field="audience", audience=audience,
                              allowed=", ".join(questionnaires.AUDIENCES))
    surveys = questionnaires.list_surveys(session, year=year, audience=audience)
    if not surveys:
        if audience is None:
            raise NotFound("cli.survey.none_in_year", year=year)
        raise NotFound("cli.survey.none", year=year,
                       audience=questionnaires.audience_label(audience))
    return [indices.survey_index(session, s.id) for s in surveys]


def _plain(value) -> str:  # type: ignore[no-untyped-def]
    return "" if value is None else str(value)


def _index_csv(found) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(INDEX_COLUMNS)
    for item in found:
        s = item.survey
        for st in item.statements:
            writer.writerow([s.year, s.audience, "statement", st.position, st.code, st.text,
                             st.weight, "", st.answers, _plain(st.mean),
                             _plain(st.satisfaction), "", "", "", "", ""])
        writer.writerow([s.year, s.audience, "overall", "", "", "", "", "", item.responses, "",
                         _plain(item.csi), "", "", "", "", ""])
        for n in item.numbers:
            writer.writerow([s.year, s.audience, "number", n.position, n.code, n.text, "",
                             n.unit, n.answers, "", "", _plain(n.median),
                             _plain(n.previous_year), _plain(n.previous_median),
                             _plain(n.change), _plain(n.change_pct)])


def _index_table(item) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    from sekretariat.services.surveys import questionnaires
    from sekretariat.services.surveys.text import fmt_decimal as dec
    from sekretariat.services.surveys.text import fmt_quantity as qty

    s = item.survey
    console = out()
    console.print(Text(t("cli.survey.index_title", title=s.title, year=s.year,
                         audience=questionnaires.audience_label(s.audience),
                         status=questionnaires.status_label(s.status)), style="bold"))
    table = Table()
    table.add_column("#", justify="right")
    table.add_column(t("cli.survey.col_statement"), min_width=20, overflow="fold")
    for key in ("cli.survey.col_weight", "cli.survey.col_answers", "cli.survey.col_mean",
                "cli.survey.col_satisfaction"):
        table.add_column(t(key), justify="right", no_wrap=True)
    for st in item.statements:
        table.add_row(str(st.position), st.text, str(st.weight), str(st.answers), dec(st.mean),
                      dec(st.satisfaction) + " %" if st.satisfaction is not None else "-")
    console.print(table)
    if item.csi is None:
        say_note(t("cli.survey.no_answers", responses=item.responses))
    else:
        console.print(Text(t("cli.survey.csi", csi=dec(item.csi), responses=item.responses),
                           style="bold"))
    if not item.numbers:
        return
    numbers = Table()
    numbers.add_column("#", justify="right")
    numbers.add_column(t("cli.survey.col_question"), min_width=20, overflow="fold")
    for key in ("cli.survey.col_answers", "cli.survey.col_median", "cli.survey.col_previous",
                "cli.survey.col_change"):
        numbers.add_column(t(key), justify="right", no_wrap=True)
    for n in item.numbers:
        previous = (f"{qty(n.previous_median, n.unit)} ({n.previous_year})"
                    if n.previous_year is not None else "-")
        change = "-"
        if n.change is not None:
            change = ("+" if n.change > 0 else "") + qty(n.change, n.unit)
            if n.change_pct is not None:
                change += f" ({'+' if n.change_pct > 0 else ''}{dec(n.change_pct)} %)"
        label = f"{n.text} ({n.unit})" if n.unit else n.text
        numbers.add_row(str(n.position), label, str(n.answers), qty(n.median, n.unit),
                        previous, change)
    console.print(numbers)


def _list_csv(rows) -> None:  # type: ignore[no-untyped-def]
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["id", "year", "audience", "status", "title", "questions", "responses"])
    for s in rows:
        writer.writerow([s.id, s.year, s.audience, s.status, s.title, len(s.questions),
                         s.responses])


def _list_table(rows) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    from sekretariat.services.surveys import questionnaires

    if not rows:
        say_note(t("cli.survey.list_none"))
        return
    table = Table()
    table.add_column(t("cli.survey.col_year"), style="bold")
    table.add_column(t("cli.survey.col_audience"))
    table.add_column(t("cli.survey.col_status"))
    table.add_column(t("cli.survey.col_title"), overflow="fold")
    table.add_column(t("cli.survey.col_questions"), justify="right")
    table.add_column(t("cli.survey.col_responses"), justify="right")
    for s in rows:
        table.add_row(str(s.year), questionnaires.audience_label(s.audience),
                      questionnaires.status_label(s.status), s.title, str(len(s.questions)),
                      str(s.responses))
    out().print(table)
