print('out')
raise SystemExit('fatal: bad thing')
