# A doubled % before a struct inside a parameter list.
def disjoint?(%%Set{} = left, %Set{} = right), do: {left, right}
