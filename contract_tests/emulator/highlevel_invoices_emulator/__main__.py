import sys

from highlevel_invoices_emulator.cli import main

sys.exit(main())
