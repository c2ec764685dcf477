from careerjournal.cli import main

raise SystemExit(main())
