"""The progress bar of a long command (``quoteattr extract`` on a folder), on standard error.

A bar (documents done / total, rate, time left) is drawn by tqdm only when the stream is a
terminal and the user did not ask for quiet; otherwise nothing is drawn. Messages said while
the bar is up are written above it, never through it.

>>> import io
>>> with Progress(3, stream=io.StringIO(), enabled=False) as progress:
...     progress.advance()
...     progress.done
1
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["Progress", "wants_bar"]


def wants_bar(stream: TextIO, *, quiet: bool = False) -> bool:
    """Whether to draw a bar on ``stream``: it is a terminal and ``quiet`` is off.

    >>> import io
    >>> wants_bar(io.StringIO())
    False
    """
    if quiet:
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class Progress:
    """Counts ``total`` units of work; draws a tqdm bar on ``stream`` when ``enabled``."""

    def __init__(self, total: int, *, stream: TextIO, enabled: bool, unit: str = "doc") -> None:
        self.total = total
        self.done = 0
        self._stream = stream
        self._bar: tqdm[NoReturn] | None = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                file=stream,
                unit=unit,
                desc="quoteattr",
                dynamic_ncols=True,
                smoothing=0.1,
                leave=True,
            )

    def advance(self, count: int = 1) -> None:
        """``count`` more units are done."""
        self.done += count
        if self._bar is not None:
            self._bar.update(count)

    def say(self, message: str) -> None:
        """Write ``message`` (one line) on the stream, above the bar if there is one."""
        if self._bar is not None:
            self._bar.write(message, file=self._stream)
        else:
            print(message, file=self._stream)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
