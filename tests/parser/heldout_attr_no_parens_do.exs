# `@name arg do ... end`: the block belongs to the outermost no-parens call, which is
# the attribute's call `name`, not the argument.
@spec_body quote do
  1
end

@registry build do
  :one
end

@entry wrap item do
  :two
end

result = @config value do
  :three
end
