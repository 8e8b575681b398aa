# A struct whose name is a call (typically unquote) rather than an alias or variable.
%unquote(module){field: 1}

%unquote(name){}

quote do
  %unquote(struct_name){unquote_splicing(pairs)}
end
