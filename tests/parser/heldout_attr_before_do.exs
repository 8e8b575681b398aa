# A module attribute read right before `do`: the name is lexed as a do-identifier,
# and Elixir still takes `@name` as an attribute read, the `do` block going to the outer call.
if @enabled do
  :on
end

def check(key) when key in @allowed_keys do
  key
end

def match?(text) when text =~ @pattern do
  true
end

for level <- @levels do
  level
end

unless value not in @known do
  :unknown
end

case @for do
  _ -> :ok
end

# with no outer call, the block goes to the attribute itself
@standalone do
  1
end

if !@disabled do
  :on
end

if @first && @second do
  :both
end

with {:ok, value} <- @source do
  value
end

register @name, @opts do
  :registered
end

# `do` on the next line (after a comment) still follows the attribute name
if @flag
   # explain
do
  :yes
end

if @empty do end
