def every_step(stop: int, step: int) -> list:
    # range's third argument is the step; stop itself is never included.
    return list(range(0, stop, step))
