# A keyword `do` followed by `;` and a stray colon.
def h(), do;: :ops
