from sekretariat.cli import main

main()
