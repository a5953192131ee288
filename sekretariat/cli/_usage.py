"""Typer and Click in the chosen language: the help screen's own words, the
usage line, and usage errors (missing argument, no such option, bad value);
global options (``--db``, ``--lang``, ``--user``) wherever they are written;
a closed pipe (``| head``) ends quietly."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from typer._click import exceptions as errors
from typer.core import TyperCommand, TyperGroup

from sekretariat.i18n import t

_TYPER_TEXTS = {
    "ARGUMENTS_PANEL_TITLE": "cli.typer.arguments",
    "OPTIONS_PANEL_TITLE": "cli.typer.options",
    "COMMANDS_PANEL_TITLE": "cli.typer.commands",
    "DEFAULT_STRING": "cli.typer.default",
    "ENVVAR_STRING": "cli.typer.envvar",
    "REQUIRED_LONG_STRING": "cli.typer.required",
    "ERRORS_PANEL_TITLE": "cli.typer.error",
    "RICH_HELP": "cli.typer.try_help",
}
_typer_originals: dict[str, str] = {}


def _localise_help() -> None:
    """Typer's own words (panel titles, 'default', 'env var', 'Error', 'Try
    ... for help') follow the chosen language."""
    from typer import rich_utils

    from sekretariat.i18n import get_language

    for name, key in _TYPER_TEXTS.items():
        _typer_originals.setdefault(name, getattr(rich_utils, name))
        value = _typer_originals[name] if get_language() == "en" else t(key)
        setattr(rich_utils, name, value)


def _hint(exc: Any) -> str:
    hint = getattr(exc, "param_hint", None)
    if hint is None and getattr(exc, "param", None) is not None:
        hint = exc.param.get_error_hint()
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(f"'{h}'" for h in hint)
    return str(hint or "")


def _value_message(message: str) -> str:
    """Click's own words about a value, where we know them."""
    found = re.fullmatch(r"(.*) is not a valid (integer|float)\.", message)
    if found:
        return t("cli.usage.not_number", value=found.group(1))
    found = re.fullmatch(r"(.*) is not one of (.*)\.", message)
    if found:
        return t("cli.usage.not_one_of", value=found.group(1), choices=found.group(2))
    return message


def usage_message(exc: errors.UsageError) -> str:
    """The text of a usage error, in the chosen language."""
    message = exc.message
    if isinstance(exc, errors.MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "parameter")
        return t(f"cli.usage.missing_{kind}" if kind in ("argument", "option")
                 else "cli.usage.missing_parameter", name=_hint(exc))
    if isinstance(exc, errors.NoSuchOption):
        text = t("cli.usage.no_such_option", name=exc.option_name)
        if exc.possibilities:
            text += " " + t("cli.usage.did_you_mean", names=", ".join(sorted(exc.possibilities)))
        return text
    if isinstance(exc, errors.BadParameter):
        hint = _hint(exc)
        detail = _value_message(message)
        return t("cli.usage.bad_value_for", name=hint, detail=detail) if hint \
            else t("cli.usage.bad_value", detail=detail)
    if isinstance(exc, errors.BadOptionUsage):
        if "requires an argument" in message:
            return t("cli.usage.needs_value", name=exc.option_name)
        if "does not take a value" in message:
            return t("cli.usage.takes_no_value", name=exc.option_name)
    found = re.fullmatch(r"Got unexpected extra arguments? \((.*)\)", message)
    if found:
        return t("cli.usage.extra_arguments", args=found.group(1))
    found = re.fullmatch(r"No such command '(.*)'\.", message)
    if found:
        return t("cli.usage.no_such_command", name=found.group(1))
    if message == "Missing command.":
        return t("cli.usage.missing_command")
    return exc.format_message()


def _localise(exc: errors.UsageError) -> None:
    _localise_help()
    text = usage_message(exc)
    exc.format_message = lambda: text  # type: ignore[method-assign]


class _LocalHelp:
    def get_help_option(self, ctx):  # type: ignore[no-untyped-def]
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("cli.opt.help")
            option.metavar = ""  # a flag: no "<bool>" beside it
        return option

    def format_help(self, ctx, formatter):  # type: ignore[no-untyped-def]
        _localise_help()
        return super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx, formatter):  # type: ignore[no-untyped-def]
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), t("cli.typer.usage") + " ")

    def make_context(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return super().make_context(*args, **kwargs)  # type: ignore[misc]
        except errors.UsageError as exc:
            _localise(exc)
            raise


#: The order of the top-level commands in the help (Typer lists plain commands
#: before sub-groups otherwise).
COMMAND_ORDER = ("init", "demo", "user", "day", "journal", "stall", "tariff", "bill", "late-fees",
                 "arrears", "backup", "check")

#: Options of the whole program (they take a value) and the per-command login one.
GLOBAL_OPTIONS = ("--db", "--lang")
USER_OPTIONS = ("--user", "-u")


def reorder_arguments(args: Sequence[str]) -> list[str]:
    """``--db``/``--lang`` written after the command go before it, ``--user``
    written before the command goes after it: each works on either side."""
    args = list(args)
    end = args.index("--") if "--" in args else len(args)
    head, tail = args[:end], args[end:]
    front: list[str] = []
    users: list[str] = []
    rest: list[str] = []
    seen_command = False
    i = 0
    while i < len(head):
        arg = head[i]
        name = arg.split("=", 1)[0]
        takes_next = "=" not in arg and i + 1 < len(head)
        if name in GLOBAL_OPTIONS and seen_command:
            front += head[i:i + 2] if takes_next else [arg]
            i += 2 if takes_next else 1
            continue
        if name in USER_OPTIONS and not seen_command:
            users += head[i:i + 2] if takes_next else [arg]
            i += 2 if takes_next else 1
            continue
        if not seen_command:
            if name in GLOBAL_OPTIONS:
                rest += head[i:i + 2] if takes_next else [arg]
                i += 2 if takes_next else 1
                continue
            if not arg.startswith("-"):
                seen_command = True
        rest.append(arg)
        i += 1
    return front + rest + users + tail


def quiet_stdout() -> None:
    """The reader of our output has gone (``| head``): drop what is left."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class Group(_LocalHelp, TyperGroup):
    def list_commands(self, ctx):  # type: ignore[no-untyped-def]
        names = super().list_commands(ctx)
        rank = {name: index for index, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(rank)))

    def resolve_command(self, ctx, args):  # type: ignore[no-untyped-def]
        try:
            return super().resolve_command(ctx, args)
        except errors.UsageError as exc:
            _localise(exc)
            raise

    def main(self, args=None, *rest, **kwargs):  # type: ignore[no-untyped-def]
        if args is None:
            args = sys.argv[1:]
        try:
            return super().main(reorder_arguments(args), *rest, **kwargs)
        finally:
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                quiet_stdout()


class Command(_LocalHelp, TyperCommand):
    pass
