"""Ingest jobs: articles added from the browser or the API, analysed in the background.

A job runs `pipeline.analyze` in a worker thread (one at a time: the pipeline is CPU-bound
and the store has one writer), recording progress through the pipeline's `Progress`
protocol, so a page or a client can poll it. Uploads and pasted texts are written to a
fresh temporary folder under generated names; a name a user chose never becomes a path.
Jobs live in memory: a restarted server forgets them (the articles stay in the store).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..ingest.fetch import FetchPolicy, url_policy
from ..ingest.readers import known_suffix

MAX_JOBS_KEPT = 200


@dataclass(frozen=True)
class Upload:
    """One file's bytes as posted; `name` is shown to the user, never used as a path."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Pasted:
    """Text pasted into the form, with the optional fields the user filled in."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    leaning: str | None = None


@dataclass(frozen=True)
class JobInput:
    pasted: tuple[Pasted, ...] = ()
    uploads: tuple[Upload, ...] = ()
    urls: tuple[str, ...] = ()
    feed_links: bool = False  # news feeds: fetch each entry's page (FetchPolicy.feed_links)

    @property
    def count(self) -> int:
        return len(self.pasted) + len(self.uploads) + len(self.urls)


@dataclass
class Stage:
    name: str
    total: int | None
    done: int = 0
    failed: int = 0  # reading: of `done`, the inputs that failed (each listed in the job's failures)


@dataclass
class Job:
    id: str
    inputs: list[str]  # what the user gave, for display: file names, URLs, "pasted text 1"
    status: str = "queued"  # queued | running | done | failed
    created: float = field(default_factory=time.time)
    finished: float | None = None
    stages: list[Stage] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    passed_over: int = 0  # archived pages without an article (home, section pages)
    error: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def to_json(self) -> dict[str, Any]:
        with self.lock:
            return {
                "id": self.id,
                "status": self.status,
                "inputs": list(self.inputs),
                "created": self.created,
                "finished": self.finished,
                "stage": self.stages[-1].name if self.stages else None,
                "stages": [{"name": s.name, "total": s.total, "done": s.done, "failed": s.failed,
                            "text": stage_text(s, over=i < len(self.stages) - 1 or self.status in ("done", "failed"))}
                           for i, s in enumerate(self.stages)],
                "articles": list(self.articles),
                "stories": list(self.stories),
                "failures": [dict(f) for f in self.failures],
                "passed_over": self.passed_over,
                "error": self.error,
            }


def stage_text(stage: Stage, over: bool) -> str:
    """A stage in words, with what its counter counts: reading counts the documents read
    (a feed or archive holds several) and apart those that failed (counted as read before
    session 31), annotating the new articles, comparing the stories; grouping has no counter
    (0 meant nothing), only whether it is over."""
    done, total = stage.done, stage.total
    if stage.name == "reading":
        read = done - stage.failed
        return (f"reading the inputs: {read} {'document' if read == 1 else 'documents'} read"
                + (f", {stage.failed} failed (listed below)" if stage.failed else ""))
    if stage.name == "annotating":
        return f"annotating the new articles: {done} / {total}"
    if stage.name == "grouping":
        return "grouping the articles into stories: " + ("done" if over else "running")
    if stage.name == "comparing":
        return f"comparing the outlets in each story: {done} / {total} {'story' if total == 1 else 'stories'}"
    return f"{stage.name}: {done}" + (f" / {total}" if total is not None else "")


class JobProgress:
    """The pipeline's Progress protocol, recorded on a job for polling."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def stage(self, name: str, total: int | None) -> None:
        with self._job.lock:
            self._job.stages.append(Stage(name, total))

    def advance(self, n: int = 1) -> None:
        with self._job.lock:
            if self._job.stages:
                self._job.stages[-1].done += n

    def failed(self, n: int = 1) -> None:
        with self._job.lock:
            if self._job.stages:
                self._job.stages[-1].failed += n


class JobManager:
    """Runs ingest jobs one after another in a background thread."""

    def __init__(self, db: str, *, allow_private_urls: bool = False, fetch_max_bytes: int = 5 * 1024 * 1024) -> None:
        self.db = db
        self.policy = FetchPolicy(allow_private=allow_private_urls, max_bytes=fetch_max_bytes)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="manysides-ingest")

    def submit(self, given: JobInput) -> Job:
        names = [f"pasted text {i}" for i in range(1, len(given.pasted) + 1)]
        names += [u.name or f"file {i}" for i, u in enumerate(given.uploads, 1)]
        names += list(given.urls)
        job = Job(id=uuid.uuid4().hex, inputs=names)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS_KEPT:
                oldest = next(iter(self._jobs.values()))
                if oldest.status in ("queued", "running"):
                    break
                self._jobs.popitem(last=False)
        self._pool.submit(self._run, job, given)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- the work ------------------------------------------------------------------------
    def _run(self, job: Job, given: JobInput) -> None:
        from ..nlp.models import load_embedder
        from ..pipeline import analyze

        with job.lock:
            job.status = "running"
        folder = Path(tempfile.mkdtemp(prefix="manysides-job-"))
        try:
            written = _write_inputs(folder, given)
            # articles name the user's file, not the temporary one, tagged with the job: an
            # article without an outlet counts as its source's, and "pasted text 1" or
            # "article.html" of another job is another source
            pasted = [f"pasted text {i}" for i in range(1, len(given.pasted) + 1)]
            tag = f" [job {job.id[:8]}]"
            shown = {path: name + tag for path, name in zip(written, pasted + [u.name for u in given.uploads])}
            with url_policy(replace(self.policy, feed_links=given.feed_links)):
                analysis = analyze(written + list(given.urls), db=self.db, progress=JobProgress(job),
                                   embedder=load_embedder(), shown_as=shown)
            with job.lock:
                # the job's own articles, also those stored before and those a feed gave
                job.articles = list(analysis.input_ids)
                job.passed_over = len(analysis.passed_over)
                job.stories = [s.id for s in analysis.stories]
                job.failures = [{"source": _shown(f.source, folder, job).replace(tag, ""),
                                 "message": _shown(f.message, folder, job).replace(tag, "")}
                                for f in analysis.failures]
                if job.failures and not job.articles:  # every input failed: nothing was added
                    job.status = "failed"
                    job.error = "every input failed, so nothing was added"
                else:
                    job.status = "done"
        except Exception as exc:  # a failed job reports itself; the server goes on
            with job.lock:
                job.status = "failed"
                job.error = f"{type(exc).__name__}: {exc}"
        finally:
            with job.lock:
                job.finished = time.time()
            shutil.rmtree(folder, ignore_errors=True)


def _write_inputs(folder: Path, given: JobInput) -> list[str]:
    """Write pasted texts and uploads under generated names; return their paths."""
    paths: list[str] = []
    for i, p in enumerate(given.pasted, 1):
        record = {"text": p.text, "title": p.title, "outlet": p.outlet, "url": p.url,
                  "published": p.published, "leaning": p.leaning}
        path = folder / f"pasted-{i}.json"
        path.write_text(json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    for i, u in enumerate(given.uploads, 1):
        path = folder / f"upload-{i}{_suffix(u.name)}"
        path.write_bytes(u.data)
        paths.append(str(path))
    return paths


def _suffix(name: str) -> str:
    """A known article-file suffix taken from the user's file name, else none (sniffed)."""
    return known_suffix(name)


def _shown(text: str, folder: Path, job: Job) -> str:
    """Failure messages name the user's own input, not the temporary file it was written to."""
    prefix = str(folder) + "/"
    if prefix not in text:
        return text
    out = text
    pasted = sum(1 for n in job.inputs if n.startswith("pasted text "))
    for i in range(1, pasted + 1):
        out = out.replace(f"{prefix}pasted-{i}.json", f"pasted text {i}")
    uploads = [n for n in job.inputs[pasted:] if not n.lower().startswith(("http://", "https://"))]
    for i, name in enumerate(uploads, 1):
        for suffix in dict.fromkeys((_suffix(name), "")):  # the name with its suffix first
            # (?!\d): upload-1 is not the start of upload-12
            out = re.sub(re.escape(f"{prefix}upload-{i}{suffix}") + r"(?!\d)", lambda _m, n=name: n, out)
    return out.replace(prefix, "")
