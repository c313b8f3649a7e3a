"""Ray, imported only when a distributed run starts (it is an extra, and slow to import)."""

from __future__ import annotations

from ..errors import ConfigError

INSTALL = "pip install 'manysides[scale]'"


def require_ray():
    """The `ray` module with Ray Data, or a ConfigError naming the install line."""
    try:
        import ray
        import ray.data  # noqa: F401  (the part the runner uses; `ray` alone lacks it)
    except ImportError as exc:
        raise ConfigError(f"the Ray runner needs Ray Data, which is not installed ({exc}); "
                          f"install it with: {INSTALL}") from None
    return ray
