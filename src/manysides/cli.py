"""The `manysides` command: thin Typer commands over the library.

Exit codes: 0 all inputs used; 1 some inputs failed (the rest were analysed);
2 bad usage or no usable input at all; 3 the store cannot be used; 4 a model is missing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .errors import ManysidesError

app = typer.Typer(
    help="manysides: one news story from every side.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store (created on first use).")]


class _RichProgress:
    """Adapts the pipeline's progress protocol to rich bars on stderr."""

    def __init__(self, progress: Progress) -> None:
        self._p = progress
        self._task: int | None = None

    def stage(self, name: str, total: int | None) -> None:
        if self._task is not None:  # close the previous bar, even when its total was unknown
            done = self._p.tasks[self._task].completed
            self._p.update(self._task, total=done, completed=done)
        self._task = self._p.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._p.advance(self._task, n)


def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, disable=quiet, transient=False,
    )


def _fail(exc: ManysidesError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(exc.exit_code)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or - for standard input.")],
    db: DbOption = Path("manysides.db"),
    leanings: Annotated[Optional[Path], typer.Option(help="CSV table outlet,leaning (left/center/right).")] = None,
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the whole analysis as JSON to FILE, or - for stdout.")] = None,
    html_out: Annotated[Optional[Path], typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    export_out: Annotated[Optional[Path], typer.Option("--export", help="Write articles, claims and quotes as FILE.parquet or FILE.csv.")] = None,
    max_stories: Annotated[Optional[int], typer.Option(help="Show at most this many stories in the terminal.")] = None,
    workers: Annotated[int, typer.Option(help="spaCy processes for annotation.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars and no terminal summary.")] = False,
) -> None:
    """Analyse articles: group them into stories and compare the outlets.

    Examples:

    * `manysides analyze sample/articles --leanings sample/leanings.csv --html report.html`
    * `manysides analyze saved/*.html feed.jsonl --db news.db --json analysis.json`
    * `cat article.txt | manysides analyze - --json -`
    """
    from .pipeline import analyze as run, load_leanings
    from .present import render_terminal

    try:
        table = load_leanings(leanings) if leanings else None
        with _progress(quiet or json_out == "-") as bars:
            analysis = run(paths, db=db, leanings=table, progress=_RichProgress(bars), stdin=sys.stdin, n_process=workers)
        written = _write_outputs(analysis, json_out, html_out, export_out)
    except ManysidesError as exc:
        raise _fail(exc) from None
    out = Console(stderr=json_out == "-")
    if not quiet:
        render_terminal(analysis, out, max_stories=max_stories)
        for path in written:
            out.print(f"wrote [bold]{path}[/bold]")
    for f in analysis.failures:
        err.print(f"[red]failed:[/red] {f.message}", highlight=False, soft_wrap=True)
    if analysis.failures:
        raise typer.Exit(2 if not analysis.articles else 1)


@app.command()
def show(
    story: Annotated[Optional[list[str]], typer.Argument(help="Story ids (default: every stored story).")] = None,
    db: DbOption = Path("manysides.db"),
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write JSON to FILE, or - for stdout.")] = None,
    html_out: Annotated[Optional[Path], typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    export_out: Annotated[Optional[Path], typer.Option("--export", help="Write FILE.parquet or FILE.csv tables.")] = None,
) -> None:
    """Show stored stories again, without reading any input.

    Examples:

    * `manysides show --db news.db`
    * `manysides show s-1a2b3c4d5e6f --html story.html`
    """
    from .pipeline import open_analysis
    from .present import render_terminal

    try:
        if not db.exists():
            raise _no_store(db)
        analysis = open_analysis(db, story or None)
        if story:
            missing = set(story) - {s.id for s in analysis.stories}
            if missing:
                err.print(f"[red]error:[/red] no story {', '.join(sorted(missing))} in {db} (list them with: manysides stories)")
                raise typer.Exit(2)
        written = _write_outputs(analysis, json_out, html_out, export_out)
    except ManysidesError as exc:
        raise _fail(exc) from None
    if json_out != "-":
        render_terminal(analysis, Console())
        for path in written:
            print(f"wrote {path}")


@app.command()
def stories(
    db: DbOption = Path("manysides.db"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story on stdout.")] = False,
) -> None:
    """List stored stories, newest first.

    Example: `manysides stories --db news.db`
    """
    from rich.table import Table

    from .store import Store

    try:
        if not db.exists():
            raise _no_store(db)
        with Store(db) as store:
            listed = sorted(store.stories(), key=lambda s: (s.last_date or "", s.id), reverse=True)
            articles = {a.id: a for a in store.articles()}
    except ManysidesError as exc:
        raise _fail(exc) from None
    if as_json:
        for s in listed:
            outlets = sorted({articles[a].outlet or "" for a in s.articles if articles[a].duplicate_of is None})
            print(json.dumps({"id": s.id, "title": s.title, "first_date": s.first_date,
                              "last_date": s.last_date, "articles": len(s.articles),
                              "outlets": outlets, "storyline": s.storyline}, ensure_ascii=False))
        return
    table = Table("id", "dates", "articles", "outlets", "title")
    for s in listed:
        outlets = {articles[a].outlet or "?" for a in s.articles if articles[a].duplicate_of is None}
        dates = s.first_date or "undated"
        if s.last_date and s.last_date != s.first_date:
            dates += f"…{s.last_date}"
        table.add_row(s.id, dates, str(len(s.articles)), str(len(outlets)), s.title)
    Console().print(table)


def _no_store(db: Path) -> ManysidesError:
    from .errors import StoreError

    return StoreError(f"{db}: no store here yet; run `manysides analyze PATH --db {db}` first")


def _write_outputs(analysis, json_out: str | None, html_out: Path | None, export_out: Path | None) -> list[Path]:
    from .present import export, render_html
    from .present.export import to_json_text, write_text_atomic

    written: list[Path] = []
    if json_out == "-":
        sys.stdout.write(to_json_text(analysis))
    elif json_out:
        written.append(write_text_atomic(Path(json_out), to_json_text(analysis)))
    if html_out:
        written.append(write_text_atomic(html_out, render_html(analysis)))
    if export_out:
        written += export(analysis, export_out)
    return written


def main() -> None:  # pragma: no cover - console entry point
    app()
