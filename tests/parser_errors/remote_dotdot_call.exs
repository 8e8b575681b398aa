Kernel...(1, 2)
