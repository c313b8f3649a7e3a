_W=re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
INTENS=set("very extremely totally absolutely utterly completely truly really incredibly so such entire whole literally simply clearly obviously".split())
SUBJ=set("""disgrace disgraceful outrageous outrage shameful shame corrupt corruption radical insane ridiculous pathetic disaster disastrous horrible terrible awful
amazing incredible stupid idiot idiotic evil lie lies liar lying hypocrite hypocrisy hypocritical fake hoax scam traitor treason despicable disgusting vile sick
crazy absurd bizarre shocking stunning brutal destroy destroyed destroying attack attacks assault war crisis threat dangerous extremist extremists radicals thugs mob
elite elites establishment globalist globalists socialist socialists communist fascist fascists racist racists bigot bigots regime propaganda tyranny tyrant
wonderful great greatest worst best beautiful brilliant heroic hero patriot patriots coward cowardly weak failing failed failure massive huge tremendous
""".split())
def style2(t):
    words=[w.lower() for w in _W.findall(t)]; n=max(len(words),1); per=100.0/n
    sents=max(len(re.findall(r"[.!?]+(?:\s|$)",t)),1)
    inq=sum(len(m) for m in re.findall(r"[\"“]([^\"“”]{1,600})[\"”]",t))
    paras=[p for p in t.split("\n") if p.strip()]
    return np.array([
      sum(w in ("i","me","my","mine","myself") for w in words)*per,
      sum(w in INTENS for w in words)*per,
      sum(w in SUBJ for w in words)*per,
      inq/max(len(t),1),
      t.count(" said")*100.0/sents/100,
      sum(w in ("reportedly","allegedly","according") for w in words)*per,
      len(re.findall(r"\d",t))*per,
      np.mean([len(w) for w in words]) if words else 0,
      len(set(words))/n**0.5/10,
      math.log1p(np.mean([len(p) for p in paras])) if paras else 0,
      sum(w in ("democrats","republicans","liberals","conservatives","leftists","left","right") for w in words)*per,
    ])
