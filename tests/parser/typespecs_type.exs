@type t :: %{}
@type t :: %__MODULE__{name: String.t(), age: non_neg_integer}
@type color :: :red | :green | :blue
@type pair(a, b) :: {a, b}
@typep internal :: integer
@opaque secret :: map
@type callback :: (integer, integer -> integer)
@type zero_arity :: (-> :ok)
@type list_of :: [integer]
@type kw :: [key: atom, other: integer]
@type nested :: %{optional(atom) => [{atom, t}]}
@type range :: 1..10
@type bits :: <<_::16, _::_*4>>
@type any_fun :: (... -> any)
@type tuple3 :: {atom, integer, String.t()}
@callback init(args :: term) :: {:ok, state :: term}
@macrocallback m(arg :: Macro.t()) :: Macro.t()
@optional_callbacks init: 1
