from sekretariat.launch import main

main()
