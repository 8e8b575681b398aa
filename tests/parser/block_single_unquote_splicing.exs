unquote_splicing(args)
