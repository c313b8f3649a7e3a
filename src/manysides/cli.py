"""The `manysides` command: thin Typer commands over the library.

Exit codes: 0 all inputs used; 1 some inputs failed (the rest were analysed), or a Ray
job (`scale annotate`) stopped; 2 bad usage or no usable input at all; 3 the store cannot
be used, or an output could not be written after the work (a full disk); 4 a model is
missing; 5 an internal error (a bug: its traceback is saved to a file the line names).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)

from .errors import ConfigError, ManysidesError, OutputError
from .compare._text import outlet_names
from .present._view import one_line, plural


class _Group(TyperGroup):
    """The command group, whose options name their values as a user reads them (`_name_values`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _name_values(self)


def _name_values(command) -> None:
    """Gives every option of `command` and its subcommands that names no metavar one a user
    reads: Typer 0.2x shows the Python type instead (`--quiet <bool>`, which reads as if the
    flag took a value, and `--export <list[Path]>`). Flags show nothing, numbers N, the
    rest (files, or - for standard output) FILE."""
    for sub in getattr(command, "commands", {}).values():
        _name_values(sub)
    made_help = command.get_help_option

    def help_option(ctx, made=made_help):  # --help is made when asked for, not in params
        option = made(ctx)
        if option is not None and option.metavar is None:
            option.metavar = ""
        return option

    command.get_help_option = help_option
    for param in command.params:
        if param.param_type_name == "argument":  # its name (PATH, STORY_ID) says it; not <list[str]>
            param.display_type_rich = lambda ctx: None
        if param.param_type_name != "option" or param.metavar is not None:
            continue
        kind = getattr(getattr(param, "type", None), "name", None) or param.bare_type()  # click's, or Typer's own
        param.metavar = "" if param.is_flag else "N" if kind.startswith(("int", "float")) else "FILE"


app = typer.Typer(
    cls=_Group,
    help="manysides: one news story from every side.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
err = Console(stderr=True, highlight=False)


def _version() -> str:
    """The installed package's version (its metadata), or the source's when run uninstalled."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("manysides")
    except PackageNotFoundError:  # run from a source tree that was never installed
        from . import __version__

        return __version__


def _print_version(value: bool) -> None:
    if value:
        print(f"manysides {_version()}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version (manysides X.Y.Z) and exit.")] = False,
) -> None:
    """The options before any command (`manysides --version`)."""

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store (created on first use).")]
# the commands that read or correct a store: a name that holds none is an error (exit 3)
StoreOption = Annotated[Path, typer.Option("--db", help="The SQLite store that `manysides analyze` made.")]


class _Bars(Progress):
    """Rich bars on stderr; where stderr is not a terminal (a log file, a batch job) they
    cannot redraw, so they stay hidden and `_RichProgress` writes lines instead."""

    def __init__(self, *columns, log: bool, **kwargs) -> None:
        super().__init__(*columns, **kwargs)
        self.log = log
        self.closing: list = []
        self.stopped = False  # left by an exception (Ctrl-C, a store error): the stage did not finish

    def __exit__(self, exc_type, exc_val, exc_tb) -> None:
        self.stopped = exc_type is not None
        super().__exit__(exc_type, exc_val, exc_tb)

    def stop(self) -> None:
        for close in self.closing:
            close()
        super().stop()


class _Count(MofNCompleteColumn):
    """"done/total", but "done" alone for a stage that counts nothing (`scale annotate`'s
    "starting": Ray and the models), whose bar ended as "0/0", read as nothing started."""

    def render(self, task):
        if task.fields.get("uncounted"):
            from rich.text import Text

            return Text("done" if task.finished else "", style="progress.download")
        return super().render(task)


class _RichProgress:
    """Adapts the pipeline's progress protocol to rich bars on stderr. When stderr is not
    a terminal, it writes a line as each stage starts, one a minute while it runs, and one
    with the count and time when it ends."""

    EVERY = 60.0  # seconds between lines in a log

    def __init__(self, progress: Progress) -> None:
        self._p = progress
        self._task: int | None = None
        self._log = bool(getattr(progress, "log", False))
        self._said = 0.0
        self._counted = False
        if isinstance(progress, _Bars):
            progress.closing.append(self._close)

    def stage(self, name: str, total: int | None) -> None:
        self._close()
        self._task = self._p.add_task(name, total=total)
        self._counted = total is not None  # a stage that counts nothing ("starting") ends as "done" alone
        if self._log:
            err.print(f"{name}{f' {total:,}' if total else ''} …", markup=False, highlight=False, soft_wrap=True)
            self._said = time.monotonic()

    def _close(self) -> None:
        """Closes the current bar, even when its total was unknown."""
        if self._task is None:
            return
        done = self._p.tasks[self._task].completed
        if getattr(self._p, "stopped", False):
            # Ctrl-C mid-stage: "annotating: 0 done", a full bar, read as the stage finished
            if self._log:
                self._line("stopped")
            self._task = None
            return
        if self._counted:
            self._p.update(self._task, total=done, completed=done)
        else:  # a full bar saying "done", not "0/0"
            self._p.update(self._task, total=1, completed=1, uncounted=True)
        if self._log:
            self._line("done")
        self._task = None

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._counted = True
            self._p.advance(self._task, n)
            if self._log and time.monotonic() - self._said >= self.EVERY:
                self._line()

    def _line(self, state: str = "") -> None:
        task = self._p.tasks[self._task]
        total = f" of {int(task.total):,}" if task.total and state in ("", "stopped") else ""
        words = [f"{int(task.completed):,}{total}"] if self._counted or not state else []
        words += [state] if state else []
        err.print(f"{task.description}: {' '.join(words)} ({task.elapsed or 0:.0f} s)", markup=False, highlight=False,
                  soft_wrap=True)
        self._said = time.monotonic()


def _progress(quiet: bool) -> Progress:
    return _Bars(
        SpinnerColumn(), TextColumn("{task.description:<11}"), BarColumn(), _Count(),
        TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), console=err,
        disable=quiet or not err.is_terminal, transient=False, log=not quiet and not err.is_terminal,
    )


def _markup_safe(text: object) -> str:
    """Untrusted text (a message naming a file, a title) for a line printed with markup:
    one line without control characters (`one_line`), its brackets kept as text
    ("manysides[scale]", a folder named "[draft]", a headline with "[/x]")."""
    from rich.markup import escape

    return escape(one_line(str(text)))


def _failed(message: str) -> None:
    err.print(f"[red]failed:[/red] {_markup_safe(message)}", highlight=False, soft_wrap=True)


def _fail(exc: ManysidesError) -> typer.Exit:
    err.print(f"[red]error:[/red] {_markup_safe(exc)}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(exc.exit_code)


def _settings(pairs: list[str]) -> dict[str, str]:
    """NAME=VALUE flags -> {name: value}; the values are checked by GroupConfig."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise ConfigError(f"--grouping {pair!r}: write NAME=VALUE, e.g. --grouping threshold=0.3")
        out[name.strip()] = value.strip()
    return out


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files, folders (searched recursively), news feeds (.rss, .atom, .xml) and feed lists (.opml), web archives (.warc, .warc.gz), http(s) URLs of pages or feeds, or - for standard input.")],
    db: DbOption = Path("manysides.db"),
    leanings: Annotated[Optional[Path], typer.Option(help="CSV table outlet,leaning (left/center/right).")] = None,
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the whole analysis as JSON to FILE, or - for stdout (stories newest first).")] = None,
    # a string, not a Path: `--html out/` must keep its slash, the mark of a folder
    html_out: Annotated[Optional[str], typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    export_out: Annotated[Optional[list[Path]], typer.Option("--export", help="Write stories, articles, claims, quotes and voices as FILE.parquet or FILE.csv tables (FILE.stories.csv, ...); a FILE named after one table (claims.csv) holds that table alone. May be given more than once.")] = None,
    max_stories: Annotated[Optional[int], typer.Option(metavar="N", min=0, help="Show at most this many stories in the terminal (0 for all, as --limit of show and stories).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="spaCy processes for annotation.")] = 1,
    allow_private_urls: Annotated[bool, typer.Option("--allow-private-urls", help="Let URL inputs reach loopback and private-network addresses (refused by default).")] = False,
    feed_links: Annotated[bool, typer.Option("--feed-links", help="For news feeds (RSS/Atom files, URLs, OPML lists): fetch each entry's article page from its link instead of using the feed's own text.")] = False,
    grouping: Annotated[Optional[list[str]], typer.Option("--grouping", metavar="NAME=VALUE", help="A grouping setting (repeatable), e.g. threshold=0.3; kept in the store, so it is given once, before the store has stories. Names: docs/grouping.md.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars and no terminal summary.")] = False,
) -> None:
    """Analyse articles: group them into stories and compare the outlets.

    Examples:

    * `manysides analyze sample/articles --leanings sample/leanings.csv --html report.html`
    * `manysides analyze saved/*.html feed.jsonl --db news.db --json analysis.json`
    * `cat article.txt | manysides analyze - --json -`
    * `manysides analyze https://example.org/news/story.html`
    * `manysides analyze crawl.warc.gz headlines.rss --db news.db`
    * `manysides analyze https://example.org/politics/rss.xml --feed-links`
    * `manysides analyze snippets.jsonl --db snippets.db --grouping undated_threshold=0.35`
    """
    from .ingest.fetch import FetchPolicy, url_policy
    from .pipeline import analyze as run, load_leanings

    made = not db.exists()
    try:
        html_out = _check_outputs(json_out, html_out, export_out)  # before the work, not after it
        table = load_leanings(leanings) if leanings else None
        settings = _settings(grouping or [])
        policy = FetchPolicy(allow_private=allow_private_urls, feed_links=feed_links)
        with _progress(quiet or json_out == "-") as bars, url_policy(policy):
            analysis = run(paths, db=db, leanings=table, progress=_RichProgress(bars), stdin=sys.stdin,
                           n_process=workers, grouping=settings)
        if made and not analysis.articles:
            _discard_store(db)  # no input was usable: leave no empty store behind to be mistaken for one
    except ManysidesError as exc:
        if made and db.is_file():
            _discard_store(db)  # a refused setting leaves no empty store behind either
        raise _fail(exc) from None
    written, unwritten = _outputs_of(analysis, json_out, html_out, export_out)
    _finish_run(analysis, written, db, json_out, quiet, max_stories, unwritten)


def _outputs_of(analysis, json_out: str | None, html_out: Path | None,
                export_out: list[Path] | None) -> tuple[list[Path], OutputError | None]:
    """The outputs written, or the error that stopped them (a full disk): the run's own
    lines (its failed inputs) still come first, and the store keeps what was analysed."""
    try:
        return _write_outputs(analysis, json_out, html_out, export_out), None
    except OutputError as exc:
        return [], exc


def _finish_run(analysis, written: list[Path], db: Path, json_out: str | None, quiet: bool,
                max_stories: int | None, unwritten: OutputError | None = None) -> None:
    """What `analyze` and `scale load` show after a run, and their exit code: 1 when some
    inputs failed, 2 when none was usable, 3 when an output could not be written."""
    from .present import render_terminal

    out = Console(stderr=json_out == "-")
    if not quiet:
        render_terminal(analysis, out, max_stories=max_stories or None)  # 0: all, as `--limit 0`
        for path in written:
            out.print(f"wrote [bold]{_markup_safe(path)}[/bold]")
    if analysis.passed_over and (not quiet or not analysis.articles):
        err.print(f"passed over {len(analysis.passed_over)} archived page(s) without an article (home or section pages)",
                  style="dim", highlight=False, soft_wrap=True)
    if analysis.repeated:
        err.print(f"{plural(len(analysis.repeated), 'input')} repeated an article given before in this run "
                  f"(the same text, kept once): {_some(analysis.repeated)}", style="dim", highlight=False, markup=False,
                  soft_wrap=True)
    if analysis.not_english:
        err.print(f"{plural(len(analysis.not_english), 'article')} {'does' if len(analysis.not_english) == 1 else 'do'} "
                  f"not look like English: {_some(analysis.not_english)}. "
                  "manysides reads English only: their names, quotes, numbers and slant are not reliable "
                  "(the articles table's language column is 'und' for them)", highlight=False, markup=False,
                  soft_wrap=True)
    if not quiet and db.exists():
        _stale_hint(db)
    # the terminal summary lists the first failures; standard error gets every one unless
    # that summary, on this same terminal, already showed them all
    from .present.terminal import MAX_FAILURES

    shown_all = not quiet and out.is_terminal and err.is_terminal and len(analysis.failures) <= MAX_FAILURES
    for f in () if shown_all else analysis.failures:
        _failed(f.message)
    if unwritten is not None:
        raise _fail(unwritten)
    if analysis.failures or (analysis.passed_over and not analysis.articles):
        raise typer.Exit(2 if not analysis.articles else 1)


def _discard_store(db: Path) -> None:
    """Remove a store this run made and put nothing in, with its side files, unless
    another run is writing to it (two runs may share a new store): it holds the store's
    run lock (`Store.writing_run`), or has stored articles in it already."""
    from .store.sqlite import Store

    with Store(db) as store, store.alone() as alone, store.grouping_lock():
        if not alone or store.count_articles():
            return
        for path in (db, *(Path(str(db) + suffix) for suffix in ("-wal", "-shm"))):
            path.unlink(missing_ok=True)
    for suffix in (".lock", ".runs"):
        Path(str(db) + suffix).unlink(missing_ok=True)


@app.command()
def show(
    story: Annotated[Optional[list[str]], typer.Argument(metavar="STORY_ID", help="Story ids, or their first characters (4 or more) as long as one story has them (default: every stored story).")] = None,
    db: StoreOption = Path("manysides.db"),
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write JSON to FILE, or - for stdout (stories newest first, as listed).")] = None,
    # a string, not a Path: `--html out/` must keep its slash, the mark of a folder
    html_out: Annotated[Optional[str], typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    export_out: Annotated[Optional[list[Path]], typer.Option("--export", help="Write FILE.parquet or FILE.csv tables (FILE.stories.csv, ...); a FILE named after one table (claims.csv) holds that table alone. May be given more than once.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=0, help="Without story ids: how many of the newest stories the terminal and --html show (default 50; 0 for all). --json and --export hold every story.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars and no terminal summary (as for analyze): only the outputs are written.")] = False,
) -> None:
    """Show stored stories again, without reading any input; newest first (by last day,
    undated last), as `manysides stories` and the web app list them.

    --json and --export stream the stories a few hundred at a time, so a store of any
    size exports in little memory.

    Examples:

    * `manysides show --db news.db`
    * `manysides show s-1a2b3c4d5e6f --html story.html`
    * `manysides show --db news.db --export news.parquet`
    * `manysides show --db news.db --json news.json --quiet`
    """
    from .pipeline import iter_analysis, open_analysis
    from .present import render_html, render_terminal
    from .present.export import export_parts, write_json, write_json_file, write_text_atomic

    written: list[Path] = []
    try:
        html_out = _check_outputs(json_out, html_out, export_out, streamed=True)  # before a long --json, not after
        with _open_store(db) as store:
            if story:
                story = store.complete_ids("story", story)
                missing = set(story) - set(store.story_order(story))
                if missing:
                    from rich.markup import escape

                    from .stories.stored import no_story

                    err.print(f"[red]error:[/red] {escape(no_story(store, sorted(missing)[0], str(db)))}",
                              soft_wrap=True)
                    raise typer.Exit(2)
                shown, total = list(dict.fromkeys(story)), len(set(story))
            else:
                limit = 50 if limit is None else limit
                newest, total = store.newest_stories(limit or None)
                shown = [s.id for s in newest]
            streamed = [out for out in (json_out, export_out) if out]
            with _progress(quiet or not streamed) as bars:
                def parts():
                    return iter_analysis(store, story or None, progress=_RichProgress(bars))

                if json_out == "-":
                    _to_stdout(lambda out: write_json(parts(), out))
                elif json_out:
                    written.append(write_json_file(parts(), Path(json_out)))
                for target in export_out or ():
                    written += export_parts(parts(), target)
            if html_out or (json_out != "-" and not quiet):  # the terminal's stories, unless quiet
                analysis = open_analysis(store, shown)
            if html_out:
                written.append(write_text_atomic(html_out, render_html(analysis)))
    except ManysidesError as exc:
        raise _fail(exc) from None
    if json_out != "-" and not quiet:
        render_terminal(analysis, Console())
        if len(shown) < total:
            print(f"showing the newest {len(shown):,} of {total:,} stories (--limit 0 for all, or name story ids)")
        for path in written:
            print(f"wrote {path}")
        _stale_hint(db)


stories_app = typer.Typer(
    help="List stored stories (list, newest first), show one and why its articles are together (show), "
    "follow storylines (timeline), and correct the grouping: merge, split, move, undo (corrections lists "
    "them). Corrections are kept in the store and survive later runs.\n\nExamples:\n\n"
    "* `manysides stories --db news.db`\n"
    "* `manysides stories merge s-aaaaaaaaaaaa s-bbbbbbbbbbbb --db news.db`\n"
    "* `manysides stories timeline --db news.db`",
    no_args_is_help=False,
    rich_markup_mode="markdown",
)
app.add_typer(stories_app, name="stories")


def _open_store(db: Path):
    from .store import Store

    if not db.exists():
        raise _no_store(db)
    return Store(db)


def _list_stories(db: Path, as_json: bool, limit: int | None) -> None:
    from rich.table import Table

    # the terminal shows the newest 50 unless told otherwise; --json gives every story
    limit = (None if as_json else 50) if limit is None else (limit or None)
    try:
        with _open_store(db) as store:
            listed, total = store.newest_stories(limit)
            heads = store.article_heads(a for s in listed for a in s.articles)
    except ManysidesError as exc:
        raise _fail(exc) from None
    if as_json:
        for s in listed:
            independent = [heads[a] for a in s.articles if heads[a].duplicate_of is None]
            outlets = outlet_names(independent)
            # the field names and kinds of a story in the analysis JSON (docs/json-schema.md)
            print(json.dumps({"id": s.id, "title": s.title, "first_date": s.first_date,
                              "last_date": s.last_date, "articles": list(s.articles),
                              "independent_articles": [a.id for a in independent], "outlets": outlets,
                              "storyline": s.storyline}, ensure_ascii=False))
        return
    from rich.table import Column
    from rich.text import Text

    if not listed:  # say why, rather than an empty table
        Console(stderr=True).print(f"no stories in {db} yet: `manysides analyze INPUTS --db {db}` makes them "
                                   "(a run stopped before grouping finishes them on the next run)",
                                   markup=False, highlight=False, soft_wrap=True)
        return
    # ids are what `show`, `merge` and `why` take: never cut, whatever the terminal's width
    # (the storyline's id goes under the story's, so an 80-column terminal has room left)
    table = Table(Column("id\n[dim]storyline[/dim]", no_wrap=True, min_width=14), Column("dates", max_width=11),
                  Column("arts", justify="right"), Column("indep", justify="right"),
                  Column("outlets", justify="right"), Column("title", min_width=16, ratio=1))
    for s in listed:
        independent = [heads[a] for a in s.articles if heads[a].duplicate_of is None]
        outlets = outlet_names(independent)
        dates = s.first_date or "undated"
        if s.last_date and s.last_date != s.first_date:
            dates += f"\n…{s.last_date}"
        ids = Text(s.id)
        if s.storyline:
            ids.append("\n" + s.storyline, style="dim")
        table.add_row(ids, dates, str(len(s.articles)), str(len(independent)), str(len(outlets)), Text(one_line(s.title)))
    Console().print(table)
    if len(listed) < total:
        Console(stderr=True).print(f"the newest {len(listed):,} of {total:,} stories; --limit 0 lists them all",
                                   soft_wrap=True)


LimitOption = Annotated[Optional[int], typer.Option(
    "--limit", min=0, help="List the N newest stories (0 = all; default 50 in the terminal, all with --json).")]


@stories_app.callback(invoke_without_command=True)
def stories(
    ctx: typer.Context,
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story on stdout.")] = False,
    limit: LimitOption = None,
) -> None:
    """List stored stories, newest first (same as `manysides stories list`).

    Examples:

    * `manysides stories --db news.db`
    * `manysides stories --limit 0 --db news.db`
    * `manysides stories merge s-aaa s-bbb --db news.db`
    """
    if ctx.invoked_subcommand is None:
        _list_stories(db, as_json, limit)
        return
    # `stories --db news.db show ID`: the options given before the command are its own
    # defaults (they were dropped, and the command read ./manysides.db instead)
    given = {name: str(value) if isinstance(value, Path) else value
             for name, value in (("db", db), ("as_json", as_json), ("limit", limit))
             if getattr(ctx.get_parameter_source(name), "name", "DEFAULT") in ("COMMANDLINE", "ENVIRONMENT")}
    if given:
        ctx.default_map = {**(ctx.default_map or {}), ctx.invoked_subcommand: given}


@stories_app.command("list")
def stories_list(
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story on stdout.")] = False,
    limit: LimitOption = None,
) -> None:
    """List stored stories, newest first: articles, independent articles (wire copies
    counted once), independent outlets, storyline.

    Examples:

    * `manysides stories list --db news.db --json`
    * `manysides stories list --limit 200 --db news.db`
    """
    _list_stories(db, as_json, limit)


@stories_app.command("show")
def stories_show(
    story: Annotated[str, typer.Argument(metavar="STORY_ID", help="A story id, or its first characters (4 or more); list them with `manysides stories`.")],
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout.")] = False,
) -> None:
    """One story: its articles (wire copies marked), and why they are together.

    Example: `manysides stories show s-1a2b3c4d5e6f --db news.db`
    """
    import dataclasses

    from .stories import explain_story
    from .stories.explain import copy_words
    from .stories.stored import CorrectionError, no_story

    try:
        with _open_store(db) as store:
            (story,) = store.complete_ids("story", [story])
            found = store.stories([story])
            if not found:
                raise CorrectionError(no_story(store, story, str(db)))
            s = found[0]
            arts = store.articles(s.articles)
            items = store.group_items(s.articles)
            ex = explain_story(s.id, items, store.annotations([it.id for it in items]),
                               outlets={a.outlet for a in arts if a.outlet}, **store.grouping_settings())
            pins = store.pins(s.articles)
    except ManysidesError as exc:
        raise _fail(exc) from None
    independent = [a for a in arts if a.duplicate_of is None]
    outlets = outlet_names(independent)
    if as_json:
        # field names as in the analysis JSON; "articles" holds each article's head here
        out = {"id": s.id, "title": s.title, "first_date": s.first_date, "last_date": s.last_date,
               "storyline": s.storyline, "articles": [
                   {"id": a.id, "outlet": a.outlet, "published": a.published, "title": a.title,
                    "duplicate_of": a.duplicate_of, "pinned": a.id in pins} for a in arts],
               "independent_articles": [a.id for a in independent],
               "outlets": outlets,
               "why": dataclasses.asdict(ex)}
        print(json.dumps(out, ensure_ascii=False, default=list))
        return
    con = Console(highlight=False)
    con.print(f"[bold]{_markup_safe(s.title)}[/bold]  ({s.id}, {s.first_date or 'undated'}"
              f"{'…' + s.last_date if s.last_date and s.last_date != s.first_date else ''})", markup=True)
    con.print(f"{plural(len(arts), 'article')}, {len(independent)} independent, from {plural(len(outlets), 'outlet')}"
              + (f"; storyline {s.storyline}" if s.storyline else ""), markup=False)
    by_id = {a.id: a for a in arts}  # a copy's original is in its story
    for a in arts:
        mark = f" ({copy_words(a, by_id.get(a.duplicate_of))})" if a.duplicate_of else ""
        pin = " [pinned by a user]" if a.id in pins else ""
        con.print(f"  {a.id}  {a.published or 'undated'}  {one_line(a.outlet or a.source)}: {one_line(a.title)}{mark}{pin}",
                  markup=False)
    if ex.articles < 2:
        con.print("why together: one independent article, nothing to compare", markup=False)
        return
    con.print(f"why together: mean similarity {ex.cohesion:.2f}", markup=False)
    if ex.shared_entities:
        con.print("  shared entities: " + ", ".join(f"{one_line(e)} ({n})" for e, n in ex.shared_entities), markup=False)
    if ex.shared_terms:
        con.print("  shared terms: " + ", ".join(f"{one_line(t)} ({n})" for t, n in ex.shared_terms), markup=False)
    if ex.weakest:
        con.print(f"  fits least: {one_line(ex.weakest[0])} (mean similarity {ex.weakest[1]:.2f} to the rest)", markup=False)


def _corrected(story, line: str, as_json: bool) -> None:
    """What a correction made: a line, or with --json the story as a script reads it."""
    if as_json:
        print(json.dumps({"story": story.id, "title": story.title, "articles": list(story.articles),
                          "storyline": story.storyline}, ensure_ascii=False))
    else:
        print(line)


@stories_app.command("merge")
def stories_merge(
    into: Annotated[str, typer.Argument(metavar="STORY_ID", help="The story that stays: an id, or its first characters (4 or more).")],
    others: Annotated[list[str], typer.Argument(metavar="OTHER_ID", help="Stories merged into it (ids or their first characters).")],
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="The resulting story as one JSON object on stdout.")] = False,
) -> None:
    """Merge stories into the first one, for good (later runs keep them together). A story
    merged into another since stands for that one (a line says so); stories that are one
    already are left as they are.

    Example: `manysides stories merge s-aaaaaaaaaaaa s-bbbbbbbbbbbb --db news.db`
    """
    from .stories import merge_stories

    try:
        with _open_store(db) as store:
            named = store.complete_ids("story", [into, *others])
            gone = {sid: store.merged_into(sid) for sid in dict.fromkeys(named)}
            logged = len(store.corrections())
            s = merge_stories(store, named[0], named[1:])
            changed = len(store.corrections()) > logged
    except ManysidesError as exc:
        raise _fail(exc) from None
    for sid, now in gone.items():  # on stderr: --json keeps stdout to the one object
        if now:
            err.print(f"{sid} was merged into {now} since", markup=False, soft_wrap=True)
    line = (f"merged into {s.id}: {plural(len(s.articles), 'article')}" if changed
            else f"the stories are one already ({s.id}): nothing changed")
    _corrected(s, line, as_json)


@stories_app.command("split")
def stories_split(
    story: Annotated[str, typer.Argument(metavar="STORY_ID", help="The story to split: an id, or its first characters (4 or more).")],
    articles: Annotated[list[str], typer.Argument(metavar="ARTICLE_ID", help="Article ids (or their first characters) that leave it for a new story.")],
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="The resulting story as one JSON object on stdout.")] = False,
) -> None:
    """Split articles (with their wire copies) off a story into a new story, for good
    (later runs keep them apart). A story merged into another since stands for that one
    (a line says so).

    Example: `manysides stories split s-aaaaaaaaaaaa 3f9c0e... 77ab12... --db news.db`
    """
    from .stories import split_story

    try:
        with _open_store(db) as store:
            (story,) = store.complete_ids("story", [story])
            into = store.merged_into(story)
            s = split_story(store, story, store.complete_ids("article", articles))
    except ManysidesError as exc:
        raise _fail(exc) from None
    if into:  # on stderr: --json keeps stdout to the one object
        err.print(f"{story} was merged into {into} since: splitting that story", markup=False, soft_wrap=True)
    _corrected(s, f"new story {s.id}: {plural(len(s.articles), 'article')}", as_json)


@stories_app.command("move")
def stories_move(
    article: Annotated[str, typer.Argument(metavar="ARTICLE_ID", help="The article to move: an id, or its first characters (4 or more).")],
    story: Annotated[str, typer.Argument(metavar="STORY_ID", help="The story it belongs in: an id, or its first characters (4 or more).")],
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="The resulting story as one JSON object on stdout.")] = False,
) -> None:
    """Move one article with its wire copies (for a copy: its original and the other
    copies) into another story, for good. A story merged into another since stands for
    that one (a line says so).

    Example: `manysides stories move 3f9c0e... s-bbbbbbbbbbbb --db news.db`
    """
    from .stories import move_article

    try:
        with _open_store(db) as store:
            (article,), (story,) = store.complete_ids("article", [article]), store.complete_ids("story", [story])
            logged = len(store.corrections())
            s = move_article(store, article, story)
            changed = len(store.corrections()) > logged  # a move to where it is logs nothing
    except ManysidesError as exc:
        raise _fail(exc) from None
    if s.id != story:  # on stderr: --json keeps stdout to the one object
        err.print(f"{story} was merged into {s.id} since: moving there", markup=False, soft_wrap=True)
    line = f"moved {article} into {s.id}" if changed else f"{article} is already in {s.id}: nothing changed"
    _corrected(s, f"{line}: {plural(len(s.articles), 'article')}" if changed else line, as_json)


@stories_app.command("corrections")
def stories_corrections(
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per correction on stdout.")] = False,
) -> None:
    """List the corrections made on a store (merge, split, move, undo), oldest first,
    each marked when an undo reversed it.

    Example: `manysides stories corrections --db news.db`
    """
    from .stories import corrections

    try:
        with _open_store(db) as store:
            log = corrections(store)
    except ManysidesError as exc:
        raise _fail(exc) from None
    for c in log:
        if as_json:
            detail = {k: v for k, v in c.detail.items() if k not in ("before", "after")}
            print(json.dumps({"number": c.number, "kind": c.kind, "made": c.made, "detail": detail,
                              "undone_by": c.undone_by}, ensure_ascii=False))
        else:
            undone = f"  (undone by #{c.undone_by})" if c.undone_by else ""
            print(f"#{c.number}  {c.made} UTC  {c.describe()}{undone}")
    if not log and not as_json:
        print(f"no corrections in {db}")


@stories_app.command("undo")
def stories_undo(
    number: Annotated[Optional[int], typer.Argument(
        metavar="NUMBER",
        help="The correction to undo; it must be the latest still in force (default: that one).")] = None,
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="What was undone and the stories it touched, as JSON.")] = False,
) -> None:
    """Undo the latest correction still in force: its articles go back to the stories
    they were in (under their old ids), and the pins it set are put back as they were.
    Run it again to undo the one before.

    Examples:

    * `manysides stories undo --db news.db`
    * `manysides stories undo 4 --db news.db`
    """
    from .stories import undo_correction

    try:
        with _open_store(db) as store:
            undone, touched = undo_correction(store, number)
    except ManysidesError as exc:
        raise _fail(exc) from None
    if as_json:
        print(json.dumps({"undone": undone.number, "kind": undone.kind, "stories": [
            {"story": s.id, "title": s.title, "articles": list(s.articles), "storyline": s.storyline}
            for s in touched]}, ensure_ascii=False))
        return
    print(f"undid #{undone.number}: {undone.describe()}")
    for s in touched:
        print(f"  {s.id}: {plural(len(s.articles), 'article')}  {s.title}")


@stories_app.command("timeline")
def stories_timeline(
    storyline: Annotated[Optional[str], typer.Argument(metavar="STORYLINE_ID", help="A storyline id, or a story's for the storyline it is in (default: all); ids or their first characters (4 or more).")] = None,
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per storyline.")] = False,
) -> None:
    """Storylines (stories about one subject linked over time), each as a timeline.

    Examples:

    * `manysides stories timeline --db news.db`
    * `manysides stories timeline s-1a2b3c4d5e6f --db news.db` (the storyline of that story)
    """
    from .stories import timeline
    from .stories.stored import CorrectionError, no_story

    try:
        with _open_store(db) as store:
            if storyline is not None and storyline.lower().startswith("s-"):
                # a story's id, as `manysides stories` lists it beside its storyline's: that storyline
                (story,) = store.complete_ids("story", [storyline])
                found = store.stories([story])
                if not found:  # a story merged away names the story that holds its articles now
                    raise CorrectionError(no_story(store, story, str(db)))
                if not found[0].storyline:
                    raise CorrectionError(f"story {found[0].id} is in no storyline (see the storylines with: "
                                          "manysides stories timeline)")
                storyline = found[0].storyline
            elif storyline is not None:
                (storyline,) = store.complete_ids("storyline", [storyline])
            lines = [sl for sl in store.storylines() if storyline in (None, sl.id)]
            if storyline and not lines:
                raise CorrectionError(f"no storyline {storyline!r} in {db} (see: manysides stories timeline)")
            by_id = {s.id: s for s in store.stories([sid for sl in lines for sid in sl.stories])}
            heads = store.article_heads(a for s in by_id.values() for a in s.articles)
    except ManysidesError as exc:
        raise _fail(exc) from None
    for sl in lines:
        rows = timeline(sl, [by_id[sid] for sid in sl.stories if sid in by_id])  # its own stories only
        for r in rows:  # wire copies count once, as in every other story view
            independent = [a for a in r["articles"] if a in heads and heads[a].duplicate_of is None]
            r["independent_articles"] = independent
            r["outlets"] = outlet_names([heads[a] for a in independent])
        if as_json:
            print(json.dumps({"id": sl.id, "title": sl.title, "timeline": rows}, ensure_ascii=False))
            continue
        print(f"{sl.id}  {sl.title}")
        for r in rows:
            span = r["first_date"] or "undated"
            if r["last_date"] and r["last_date"] != r["first_date"]:
                span += f"…{r['last_date']}"
            count = plural(len(r["independent_articles"]), "independent article")
            print(f"  {span:<23} {r['story']}  {r['title']}  ({count}, {plural(len(r['outlets']), 'outlet')})")


@app.command()
def why(
    article_a: Annotated[str, typer.Argument(metavar="ARTICLE_ID", help="An article id, or its first characters (4 or more).")],
    article_b: Annotated[str, typer.Argument(metavar="ARTICLE_ID", help="Another article id.")],
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout.")] = False,
) -> None:
    """Say why two articles are, or are not, in one story: similarity, time, shared words.

    Example: `manysides why 3f9c0e... 77ab12... --db news.db`
    """
    import dataclasses

    from .stories import why as explain

    try:
        with _open_store(db) as store:
            article_a, article_b = store.complete_ids("article", [article_a, article_b])
            ex = explain(store, article_a, article_b)
    except ManysidesError as exc:
        raise _fail(exc) from None
    if as_json:
        print(json.dumps(dataclasses.asdict(ex), ensure_ascii=False))
        return
    # the reason names the stories when both are grouped ("in one story (s-…); …")
    print(ex.reason if ex.same_story is not None else f"not both grouped: {ex.reason}")
    lex = "n/a" if ex.lexical is None else f"{ex.lexical:.2f}"
    days = "undated" if ex.days_apart is None else plural(ex.days_apart, "day") + " apart"
    if ex.similarity is None:
        score = f"{days}: not compared (outside the time window)"
    elif ex.day_penalty or ex.preview_penalty:
        preview = f" - {ex.preview_penalty:.2f} for a preview and a later report" if ex.preview_penalty else ""
        score = (f"content {ex.content:.2f} - {ex.day_penalty:.2f} for {days}{preview} = similarity "
                 f"{ex.similarity:.2f} against the bar {ex.threshold:.2f}")
    else:
        score = f"{days}; similarity {ex.similarity:.2f} against the bar {ex.threshold:.2f}"
    print(f"  embedding cosine {ex.dense:.2f}, word (TF-IDF) cosine {lex}; {score}")
    if ex.shared_entities:
        print("  shared entities: " + ", ".join(ex.shared_entities))
    if ex.shared_terms:
        print("  shared terms: " + ", ".join(ex.shared_terms))


@app.command()
def reannotate(
    story: Annotated[Optional[list[str]], typer.Argument(metavar="STORY_ID", help="Story ids, or their first characters (4 or more), whose articles to annotate again (default: every stored article).")] = None,
    db: StoreOption = Path("manysides.db"),
    everything: Annotated[bool, typer.Option("--all", help="Annotate every article again, also those this version already annotated.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only count the articles an earlier version or another model annotated, and those with no annotation.")] = False,
    workers: Annotated[int, typer.Option(min=1, help="spaCy processes for annotation.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="What was done, as one JSON object on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Annotate stored articles again with this version's extractors and slant model:
    their sentences, names, quotes, number claims, slant and hyperpartisan probability.

    A store keeps each article's annotation as it was made when the article was added;
    after an upgrade, this brings the stored ones up to date. Stories, their ids and your
    corrections stay as they are; the comparisons of the stories touched are made again
    when next shown. Stopped halfway, a run leaves each article either as it was or done.

    Examples:

    * `manysides reannotate --db news.db --dry-run`
    * `manysides reannotate --db news.db`
    * `manysides reannotate s-1a2b3c4d5e6f --db news.db --all`
    """
    from dataclasses import asdict

    from .reannotate import reannotate as run

    try:
        with _open_store(db) as store, _progress(quiet or as_json) as bars:
            done = run(store, story_ids=story or None, everything=everything, dry_run=dry_run,
                       progress=_RichProgress(bars), n_process=workers)
    except ManysidesError as exc:
        raise _fail(exc) from None
    if as_json:
        print(json.dumps(asdict(done), ensure_ascii=False))
    elif dry_run:
        total = done.again + done.current + done.missing
        scope = "of these stories' articles" if story else "stored articles"
        if everything and done.again:  # every one is annotated again, up to date or not
            print(f"--all: all {done.again:,} annotated {scope} would be annotated again"
                  + (f" ({done.stale:,} of them by an earlier version of manysides or another model)"
                     if done.stale else f" (every one is up to date: annotated by {done.annotator})") + ".")
        elif not done.stale and not done.missing:
            print(f"All {total:,} {scope} are up to date (annotated by {done.annotator}).")
        if done.stale and not everything:
            print(f"{done.stale:,} of {total:,} {scope} {'was' if done.stale == 1 else 'were'} annotated by an earlier "
                  f"version of manysides or another model; `manysides reannotate --db {db}` annotates "
                  f"{'it' if done.stale == 1 else 'them'} again.")
        if done.missing:
            print(f"{done.missing:,} of {total:,} {scope} {'has' if done.missing == 1 else 'have'} no annotation "
                  f"(a run was stopped before annotating {'it' if done.missing == 1 else 'them'}); "
                  f"`manysides reannotate --db {db}` annotates and groups {'it' if done.missing == 1 else 'them'}.")
    else:
        if done.annotated or not done.finished:
            print(f"annotated {plural(len(done.annotated), 'article')} again"
                  + (f" ({done.current:,} already up to date, left as they were)" if done.current else "")
                  + (f"; the comparisons of {plural(len(done.stories), 'story')} are made again when next shown"
                     if done.stories else ""))
        if done.finished:
            print(f"annotated and grouped {plural(len(done.finished), 'article')} that a stopped run left "
                  "unannotated")
    if done.future and not as_json:
        shown = _some([f"{day} ({source})" for source, day in done.future])
        err.print(f"{plural(len(done.future), 'stored article')} {'is' if len(done.future) == 1 else 'are'} dated "
                  f"after today: {shown} (stored before manysides left such a date out; reannotating keeps "
                  f"dates as stored: correct the date in the input and analyse it into a new --db)",
                  style="yellow", highlight=False, markup=False, soft_wrap=True)
    for f in done.failures:
        _failed(f.message)
    if done.failures:
        raise typer.Exit(1)


scale_app = typer.Typer(
    help="Annotate many articles on Ray (a cluster, or this machine's cores), then load the "
    "annotated rows into a store, where they are grouped and compared.\n\nExamples:\n\n"
    "* `manysides scale annotate corpus/ --out rows/ --cpus 8`\n* `manysides scale load rows/ --db news.db`",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
app.add_typer(scale_app, name="scale")


@scale_app.command("annotate")
def scale_annotate(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files and folders (searched recursively) of any format `manysides analyze` reads; not URLs or standard input.")],
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", help="A new or empty folder for the Parquet rows (on a cluster: one every node can write to).")],
    cpus: Annotated[Optional[int], typer.Option("--cpus", min=1, help="Cores of the local Ray started for the run (default: all); each runs one annotator.")] = None,
    address: Annotated[Optional[str], typer.Option("--address", metavar="ADDRESS", help="A running Ray cluster to use instead, e.g. ray://HOST:10001 (or auto).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles an annotator takes at a time.")] = 16,
    as_json: Annotated[bool, typer.Option("--json", help="What was written, as one JSON object on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Read, clean and annotate articles on Ray, writing one Parquet row per article
    (its fields, annotation and vectors) and one per input that failed, for
    `manysides scale load`. Worth it for corpora that take hours to annotate on one
    core; grouping and comparing stay on one machine.

    Examples:

    * `manysides scale annotate corpus/ --out rows/ --cpus 8`
    * `manysides scale annotate /shared/crawl/ --out /shared/rows/ --address ray://head:10001`
    """
    from .scale import annotate_to_parquet

    try:
        with _progress(quiet or as_json) as bars:
            run = annotate_to_parquet(paths, out, num_cpus=cpus, address=address, batch_size=batch_size,
                                      progress=_RichProgress(bars))
    except ManysidesError as exc:
        raise _fail(exc) from None
    if as_json:
        print(json.dumps({"out": str(run.out_dir), "articles": run.articles, "passed_over": run.passed_over,
                          "seconds": round(run.seconds, 1), "annotator": run.annotator,
                          "failures": [{"source": f.source, "message": f.message} for f in run.failures]},
                         ensure_ascii=False))
    else:
        print(f"wrote {plural(run.articles, 'article')} to {out}, {plural(len(run.failures), 'failure')}"
              + (f", {run.passed_over:,} archived page(s) without an article passed over" if run.passed_over else "")
              + f", in {run.seconds:.0f} s; next: manysides scale load {out} --db DB")
    for f in run.failures:
        _failed(f.message)
    if not run.articles and not run.failures and not run.passed_over:
        # every file was passed over (.xml that is no feed): no usable input, as analyze says
        _failed(f"{', '.join(map(str, paths))}: no article in the inputs (an .xml file that is no RSS or Atom feed "
                f"is passed over in a folder); give article, feed or web archive files")
    if run.failures or not run.articles:
        raise typer.Exit(2 if not run.articles else 1)


@scale_app.command("load")
def scale_load(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="The --out folder of `manysides scale annotate`.")],
    db: DbOption = Path("manysides.db"),
    leanings: Annotated[Optional[Path], typer.Option(help="CSV table outlet,leaning (left/center/right).")] = None,
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the whole analysis as JSON to FILE, or - for stdout.")] = None,
    # a string, not a Path: `--html out/` must keep its slash, the mark of a folder
    html_out: Annotated[Optional[str], typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    export_out: Annotated[Optional[list[Path]], typer.Option("--export", help="Write stories, articles, claims, quotes and voices as FILE.parquet or FILE.csv tables (FILE.stories.csv, ...). May be given more than once.")] = None,
    max_stories: Annotated[Optional[int], typer.Option(metavar="N", min=0, help="Show at most this many stories in the terminal (0 for all, as --limit of show and stories).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars and no terminal summary.")] = False,
) -> None:
    """Load the rows of `manysides scale annotate` into a store, then group and compare
    them as `manysides analyze` does; outputs and exit codes are analyze's. No model is
    loaded, and loading the same rows again adds nothing.

    Examples:

    * `manysides scale load rows/ --db news.db --leanings outlets.csv --html report.html`
    * `manysides scale load rows/ --db news.db --json analysis.json --export news.parquet`
    """
    from .pipeline import load_leanings
    from .scale import load_parquet

    made = not db.exists()
    try:
        html_out = _check_outputs(json_out, html_out, export_out)  # before the work, not after it
        table = load_leanings(leanings) if leanings else None
        with _progress(quiet or json_out == "-") as bars:
            analysis = load_parquet(folder, db=db, leanings=table, progress=_RichProgress(bars))
        if made and not analysis.articles:
            _discard_store(db)  # no row held an article: leave no empty store behind, as analyze does
    except ManysidesError as exc:
        if made and db.is_file():
            _discard_store(db)  # a load refused before any row: no empty store left behind either
        raise _fail(exc) from None
    written, unwritten = _outputs_of(analysis, json_out, html_out, export_out)
    _finish_run(analysis, written, db, json_out, quiet, max_stories, unwritten)


def _stale_hint(db: Path) -> None:
    """Say when the store holds articles an earlier version or another model annotated:
    their claims, quotes and slant are as that version read them."""
    from .nlp.annotate import annotator_id
    from .store import Store

    with Store(db) as store:
        _, stale = store.count_annotations(annotator_id())
    if stale:
        err.print(f"{plural(stale, 'stored article')} {'was' if stale == 1 else 'were'} annotated by an earlier version "
                  f"of manysides or another slant model (claims, quotes and slant as it read them); "
                  f"`manysides reannotate --db {db}` brings them up to date", style="dim", highlight=False,
                  markup=False, soft_wrap=True)


def _no_store(db: Path) -> ManysidesError:
    from .errors import StoreError

    return StoreError(f"{db}: no store here yet; run `manysides analyze PATH --db {db}` first")


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen there (in use, no such address), else None; checked
    first, since uvicorn would exit with 3, which here means an unusable store."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, _, _, _, address = infos[0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(address)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _some(sources: list[str], n: int = 3) -> str:
    """The first few of a list of sources, and how many more."""
    shown = ", ".join(one_line(s) for s in sources[:n])
    return shown + (f" and {len(sources) - n:,} more" if len(sources) > n else "")


def _check_outputs(json_out: str | None, html_out: str | Path | None, export_out: list[Path] | None,
                   streamed: bool = False) -> Path | None:
    """A `ConfigError` for an output that could not be written, before any work is done;
    else the report's path. `streamed`: `show`, whose exports are written a part at a time,
    so not as a report."""
    from .present.export import SUFFIXES, check_target

    for flag, target, example in (("--json", json_out if json_out != "-" else None, "analysis.json"),
                                  ("--html", html_out, "report.html")):
        # `--json out/` wrote a file named "out" (the slash was dropped), and a folder that
        # exists was found only once the work was done ("cannot write 'out': Is a directory")
        if target is not None and (str(target).endswith(("/", os.sep)) or Path(target).is_dir()):
            raise ConfigError(f"{flag} {str(target)!r} names a folder: name a file, e.g. "
                              f"{flag} {str(Path(target) / example)}")
    html_out = Path(html_out) if html_out is not None else None

    for target in export_out or ():
        # said in the CLI's words: the library's named `export` and its .json/.html, which
        # the help does not offer (it offers --json and --html)
        suffix = target.suffix.lower()
        if suffix not in SUFFIXES:
            raise ConfigError(f"--export {str(target)!r}: unknown file type {suffix or '(no suffix)'!r}; "
                              "name a .parquet or .csv file, for the tables (--json and --html write "
                              "the JSON and the report)")
        if suffix == ".html" and streamed:
            raise ConfigError(f"--export {str(target)!r}: --export writes .parquet or .csv tables; "
                              f"write the report with --html {str(target)!r}")
    if html_out is not None and str(html_out) == "-":  # not standard output: a file named "-"
        raise ConfigError("--html -: the report is written to a file; give its name, e.g. --html report.html "
                          "(--json - writes the JSON to standard output)")
    if html_out is not None and json_out not in (None, "-") and Path(json_out).resolve() == html_out.resolve():
        raise ConfigError(f"--json and --html both name {str(html_out)!r}: the report would replace the JSON; "
                          "give each its own file")
    for target in export_out or ():
        check_target(target)
    for target in (json_out if json_out != "-" else None, html_out):
        if target:  # the folders are made, as the writers would make them after the work
            try:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(f"cannot write {str(target)!r}: {exc.strerror or exc} "
                                  "(give a path in a folder you can write to)") from None
    for target in (json_out if json_out != "-" else None, html_out, *(export_out or ())):
        folder = Path(target).parent if target else None
        if folder is not None and not os.access(folder, os.W_OK | os.X_OK):  # found now, not after the work
            raise ConfigError(f"cannot write {str(target)!r}: its folder {str(folder)!r} is not writable "
                              "(give a path in a folder you can write to)")
    return html_out


def _write_outputs(analysis, json_out: str | None, html_out: Path | None, export_out: list[Path] | None) -> list[Path]:
    from .present import export, render_html
    from .present.export import to_json_text, write_text_atomic

    written: list[Path] = []
    if json_out == "-":
        _to_stdout(lambda out: out.write(to_json_text(analysis)))
    elif json_out:
        written.append(write_text_atomic(Path(json_out), to_json_text(analysis)))
    if html_out:
        written.append(write_text_atomic(html_out, render_html(analysis)))
    for target in export_out or ():
        written += export(analysis, target)
    return written


def main() -> None:
    """The console entry point. A store that fails after it opened (a read-only or full
    disk, a file damaged under a running command) ends the command with one line and exit
    code 3, as one that cannot be opened does, not with a traceback; Ctrl-C (exit 130)
    says what was kept. A reader of standard output that goes away (`| head -1`) ends
    nothing: the command finishes quietly, with its own exit code."""
    import sqlite3

    interrupted = ("interrupted: what was stored is kept, whole; the next run of the same command finishes "
                   "the work")
    from ._stdout import QuietPipe

    if sys.stdout is not None and not isinstance(sys.stdout, QuietPipe):
        sys.stdout = QuietPipe(sys.stdout)  # `manysides show | head -1`: quiet, with the command's own code
    try:
        code = _run_app()
    except KeyboardInterrupt:
        err.print(interrupted, highlight=False, soft_wrap=True)
        raise SystemExit(130) from None
    except SystemExit as exc:
        if exc.code == 130:  # Typer's exit on Ctrl-C
            err.print(interrupted, highlight=False, soft_wrap=True)
        raise
    except sqlite3.DatabaseError as exc:
        from .store.failures import busy_error, damaged_error, is_busy, is_damaged, is_full, space_error
        from .store.sqlite import Store

        db = _db_argument(sys.argv[1:])
        if is_busy(exc):  # a lock held past the wait, outside a store's transactions
            raise SystemExit(_fail(busy_error(db, Store.BUSY_SECONDS)).exit_code) from None
        if is_damaged(exc):  # damage in pages the command reached after opening the store
            raise SystemExit(_fail(damaged_error(db, exc)).exit_code) from None
        if is_full(exc):  # no room on the disk, or a file size limit, while the command wrote to the store
            raise SystemExit(_fail(space_error(db, exc)).exit_code) from None
        err.print(f"[red]error:[/red] {_markup_safe(db)}: the store cannot be used: {_markup_safe(exc)} (check that "
                  "the --db file is writable, the disk has room and the file is whole; or name another file with "
                  "--db)", highlight=False, soft_wrap=True)
        raise SystemExit(3) from None
    except ManysidesError as exc:  # one a command did not catch itself: still the user's line and code
        raise SystemExit(_fail(exc).exit_code) from None
    except OSError as exc:
        if not _stdout_failed(exc):
            err.print(f"[red]internal error:[/red] {_markup_safe(_internal_error(exc))}", highlight=False,
                      soft_wrap=True)
            raise SystemExit(5) from None
        from .present.export import unwritable

        raise SystemExit(_fail(unwritable(exc, None)).exit_code) from None
    except Exception as exc:  # a bug: one line, not a page of traceback, and its own exit code
        err.print(f"[red]internal error:[/red] {_markup_safe(_internal_error(exc))}", highlight=False,
                  soft_wrap=True)
        raise SystemExit(5) from None
    if code == 130:  # Typer's exit on Ctrl-C
        err.print(interrupted, highlight=False, soft_wrap=True)
    raise SystemExit(code if isinstance(code, int) else 0)


def _run_app() -> int | None:
    """Run the command line; a usage error (an unknown option, a missing argument, a value
    of the wrong kind) is one line naming it and the help to read, exit 2, as every other
    error is, not Typer's boxed panel of five lines. Returns the command's exit code."""
    try:  # Typer 0.2x carries its own copy of click, whose exceptions these are
        from typer._click import exceptions as click_errors
    except ImportError:  # pragma: no cover - an older Typer, on click itself
        from click import exceptions as click_errors

    try:
        return app(prog_name="manysides", standalone_mode=False)
    except getattr(click_errors, "NoArgsIsHelpError", ()) as exc:  # `manysides` alone: the help, as before
        from typer import rich_utils

        rich_utils.rich_format_error(exc)
        raise SystemExit(exc.exit_code) from None
    except click_errors.ClickException as exc:
        ctx = getattr(exc, "ctx", None)
        see = f" (see `{_markup_safe(ctx.command_path)} --help`)" if ctx is not None else ""
        err.print(f"[red]error:[/red] {_markup_safe(exc.format_message())}{see}", highlight=False, soft_wrap=True)
        raise SystemExit(exc.exit_code) from None
    except (getattr(click_errors, "Abort", typer.Abort), typer.Abort):  # end of input at a prompt
        err.print("aborted", highlight=False, soft_wrap=True)
        raise SystemExit(1) from None


def _to_stdout(write) -> None:
    """`write(out)` to standard output, flushed; a write it refuses (`--json -` into a file on
    a full disk, which was an internal error) is an `OutputError`, exit 3, as a file's is.
    A reader that went away (`| head`) ends the writing quietly."""
    from ._stdout import ReaderGone, Streamed

    try:
        write(Streamed(sys.stdout))
        sys.stdout.flush()
    except ReaderGone:
        return
    except OSError as exc:
        if not _stdout_failed(exc):
            raise
        from .present.export import unwritable

        raise unwritable(exc, None) from None


def _stdout_failed(exc: OSError) -> bool:
    """Whether `exc` is a write refused for want of room or by the disk (no file named: as
    standard output's are); then standard output is pointed at nothing, so that Python's
    last flush of it at exit fails no second time."""
    import errno

    if exc.errno not in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO) or exc.filename is not None:
        return False
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return True


def _db_argument(argv: list[str]) -> str:
    """The store a command line names (`--db FILE` or `--db=FILE`, the last one given),
    else the default, for a line about a store error that reached `main`."""
    db = "manysides.db"
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            db = argv[i + 1]
        elif arg.startswith("--db="):
            db = arg[len("--db="):]
    return db


def _internal_error(exc: Exception) -> str:
    """The line for an exception no command expected: what it was, and where its traceback
    was saved (MANYSIDES_TRACEBACK=1 prints it instead), for a bug report. What was stored
    stays whole: every write is one transaction."""
    import os
    import tempfile
    import traceback

    what = one_line(f"{type(exc).__name__}: {exc}", 300)
    trace = "".join(traceback.format_exception(exc))
    if os.environ.get("MANYSIDES_TRACEBACK"):
        sys.stderr.write(trace)
        return f"{what}; this is a bug in manysides, please report it with the traceback above"
    try:
        fd, path = tempfile.mkstemp(prefix="manysides-error-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"manysides {' '.join(sys.argv[1:])}\n\n{trace}")
    except OSError:
        return f"{what}; this is a bug in manysides, please report it (MANYSIDES_TRACEBACK=1 prints the traceback)"
    return f"{what}; this is a bug in manysides, please report it with the traceback saved in {path}"


@app.command()
def outlets(
    db: StoreOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per outlet on stdout.")] = False,
    leanings: Annotated[Optional[Path], typer.Option(help="CSV table outlet,leaning shown as the known leaning (over the store's; this listing only).")] = None,
    min_articles: Annotated[int, typer.Option("--min-articles", min=1, help="Leave out outlets with fewer scored articles.")] = 1,
    sort: Annotated[str, typer.Option(metavar="ORDER", help="Order: articles (most first), slant (left to right), hyperpartisan (largest share first) or outlet (by name).")] = "articles",
    export_out: Annotated[Optional[list[Path]], typer.Option("--export", help="Also write the profiles as FILE.csv or FILE.parquet (interval as low/high). May be given more than once.")] = None,
    families: Annotated[bool, typer.Option("--families", help="Pool an outlet's sections and editions (\"X - News\", \"X (Opinion)\") into one profile over all their articles.")] = False,
) -> None:
    """Profile each outlet by its articles' own text: mean slant with a 95% interval, and
    the share of articles read as hyperpartisan; the outlet's known leaning is shown
    beside, never mixed in. Wire copies do not count. † marks an outlet whose articles
    trained the slant model: its scores agreeing with its leaning do not test the model.

    Examples:

    * `manysides outlets --db news.db --json`
    * `manysides outlets --db news.db --leanings outlets.csv`
    * `manysides outlets --db news.db --min-articles 10 --sort slant --export outlets.csv`
    * `manysides outlets --db news.db --families`
    """
    from dataclasses import asdict

    from rich.table import Column, Table

    from .outlets import outlet_profiles, outlet_profiles_frame, select_profiles
    from .pipeline import load_leanings
    from .present.export import check_target, write_frame
    from .store import Store

    try:
        for target in export_out or ():
            if target.suffix.lower() not in (".csv", ".parquet"):
                raise ConfigError(f"--export {target}: name a .csv or .parquet file")
            check_target(target)  # before the work, not after it
        if not db.exists():
            raise _no_store(db)
        table = load_leanings(leanings) if leanings else None
        with Store(db) as store:
            every = outlet_profiles(store, table, families=families)
            unnamed = store.articles_without_outlet()
        profiles = select_profiles(every, min_articles, sort)
        for target in export_out or ():
            write_frame(outlet_profiles_frame(profiles=profiles), target)
    except ManysidesError as exc:
        raise _fail(exc) from None
    left_out = len(every) - len(profiles)
    if unnamed and every:
        Console(stderr=True).print(f"{plural(unnamed, 'article')} with no outlet name not profiled: give each an "
                                   "outlet (a JSON record's `outlet`, a text file's front matter) to count it",
                                   markup=False, highlight=False, soft_wrap=True)
    if as_json:
        for p in profiles:
            print(json.dumps(asdict(p), ensure_ascii=False))
        return
    if not every:
        # a store of articles without outlet names has no outlet to profile: say why
        Console(stderr=True).print("No outlet to profile: no stored article names its outlet. Give each "
                                   "article an outlet (a JSON record's `outlet`, a text file's front matter) "
                                   "and analyse it again.", markup=False, highlight=False, soft_wrap=True)
        return

    def signed(v: float) -> str:
        return f"{v:+.2f}".replace("-", "−")  # the minus of the story tables

    # "hyperpartisan 0%" here beside a story's "Hyperpartisan 40%" (one article's probability)
    # read as a contradiction: the column is a share of articles, and says so
    caption = ("95% interval: of the mean slant of the text; * fewer than 5 articles, or an "
               "interval reaching the end of the score range: too few to tell. Hyperpartisan articles: "
               "the share whose probability is over 50% (a story's table shows each article's probability).")
    if any(p.in_training for p in profiles):
        caption += " † the slant model was trained on this outlet's articles: not a test of the model."
    from rich.text import Text

    table = Table("outlet", "articles", Column("mean\nslant", no_wrap=True), Column("95%\ninterval", no_wrap=True),
                  Column("hyper-\npartisan\narticles", no_wrap=True), "known\nleaning", caption=caption,
                  caption_justify="left")  # centred, its wrapped lines began at odd columns
    for p in profiles:
        interval = "–"
        if p.interval:
            clipped = "*" if -1.0 in p.interval or 1.0 in p.interval or p.articles < 5 else ""
            interval = f"{signed(p.interval[0])}…{signed(p.interval[1])}{clipped}"
        share = f"{p.share_hyperpartisan:.0%}" if p.share_hyperpartisan is not None else "–"
        mean = signed(p.mean_slant) if p.articles else "–"
        count = str(p.articles) + (f" (+{p.unscored} unscored)" if p.unscored else "")
        name = p.outlet + ("†" if p.in_training else "")
        if len(p.variants) > 1:
            name += f" ({plural(len(p.variants), 'variant')})"
        table.add_row(Text(one_line(name)), count, mean, interval, share, Text(one_line(p.known_leaning)))
    Console().print(table)
    if left_out:
        print(f"{plural(left_out, 'outlet')} with fewer than {min_articles} scored articles left out")
    for target in export_out or ():
        print(f"wrote {target}")
    _stale_hint(db)


@app.command()
def serve(
    db: DbOption = Path("manysides.db"),
    host: Annotated[str, typer.Option(metavar="HOST", help="Address to listen on; anything but loopback needs the access token for writes.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option(metavar="TOKEN", envvar="MANYSIDES_TOKEN", help="Access token for adding articles (generated and printed when listening beyond loopback).")] = None,
    allow_private_urls: Annotated[bool, typer.Option("--allow-private-urls", help="Let added URLs reach loopback and private-network addresses.")] = False,
    max_upload_mb: Annotated[float, typer.Option(help="Size limit per uploaded file, pasted text and fetched page, in MB.")] = 5.0,
    log_requests: Annotated[bool, typer.Option("--log-requests", help="Log every request (method, path, status) on stderr; by default only warnings and errors.")] = False,
) -> None:
    """Serve the web UI and JSON API over a store.

    Examples:

    * `manysides serve --db news.db` then open http://127.0.0.1:8000
    * `manysides serve --db news.db --host 0.0.0.0 --token "$SECRET"`
    * `manysides serve --db news.db --log-requests 2>> access.log`
    """
    import uvicorn

    from .web import create_app

    new = not db.exists()  # a mistyped --db made an empty store, served as "0 stories" without a word
    try:
        web = create_app(db, token=token, allow_private_urls=allow_private_urls, host=host,
                         max_upload_bytes=int(max_upload_mb * 1024 * 1024))
    except ManysidesError as exc:
        raise _fail(exc) from None
    problem = _cannot_listen(host, port)
    if problem:
        err.print(f"[red]error:[/red] cannot listen on {host} port {port}: {problem} "
                  "(choose another --port, or stop what listens there)", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    if web.state.config.token and not token:
        err.print(f"access token for adding articles: [bold]{web.state.config.token}[/bold]", highlight=False,
                  soft_wrap=True)
    if new:
        err.print(f"no store was at {db}: serving a new, empty one (add articles at /add; to open a store "
                  "that exists, give its path with --db)", highlight=False, markup=False, soft_wrap=True)
    err.print(f"serving {db} on http://{'[' + host + ']' if ':' in host else host}:{port}", highlight=False,
              markup=False, soft_wrap=True)
    uvicorn.run(web, host=host, port=port, log_level="info" if log_requests else "warning", access_log=log_requests)

