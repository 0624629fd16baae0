from childvoice.cli import main

raise SystemExit(main())
