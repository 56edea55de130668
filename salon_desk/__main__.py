from salon_desk.cli import main

raise SystemExit(main())
