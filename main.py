"""Start the desktop workbench: `python main.py [--db PATH] [--screenshot PNG] [FILE...]`."""

import sys

if __name__ == "__main__":
    from workbench.ui.app import main

    sys.exit(main(sys.argv[1:]))
