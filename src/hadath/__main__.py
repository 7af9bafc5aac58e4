import sys

from hadath.cli import main

sys.exit(main())
