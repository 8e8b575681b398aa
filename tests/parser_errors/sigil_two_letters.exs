~ab(x)
