~S/raw \n #{x}/
~S|raw \t|
~S"raw \" quote"
~S'raw \' quote'
~S(raw \( paren)
~S[raw #{not} interp]
~S{raw}
~S<raw \<>
~S(\\)
