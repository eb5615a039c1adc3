class NoReload:
    def __init__(self):
        pass

    def clear(self):
        pass

    def should_restart(self):
        return False
