@spec f(integer) :: atom
@spec f(integer, String.t()) :: {:ok, term} | {:error, atom}
@spec g() :: :ok
@spec h(list(integer)) :: non_neg_integer
@spec k(x) :: x when x: var
@spec m(a, b) :: {a, b} when a: atom, b: integer
@spec n(keyword) :: map
@spec o(%{required(:a) => integer, optional(:b) => atom}) :: %{}
@spec p(fun) :: (integer -> atom)
@spec q((... -> any)) :: [atom]
@spec r(0..255) :: <<_::8>>
@spec s(binary) :: <<_::_*8>>
@spec t(%User{}) :: User.t()
@spec u(module, [{atom, any}]) :: no_return
@spec v(charlist | nil) :: :ok | nil
@spec w(nonempty_list(x)) :: [x, ...] when x: term
@spec x(atom, atom) :: boolean
