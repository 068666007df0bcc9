"""Writes the report fixture records (src/test/resources/report/records) from hand-picked fragments of the real
sample texts, computing every offset; run from the repository root: python3 src/test/resources/report/make_fixtures.py.
ReportBuilderTest checks that every span of the result indexes its article text."""
import json, re, os
R='src/test/resources/report/records'
def rd(p):
    t=open(p,encoding='utf-8').read()
    return t[1:] if t.startswith('\ufeff') else t
def utf16len(s): return len(s.encode('utf-16-le'))//2
# all texts here are BMP-only, so python indices == UTF-16 indices; check
def find(t, frag, nth=0, after=0):
    i=t.find(frag, after)
    for _ in range(nth): i=t.find(frag,i+1)
    assert i>=0, frag
    return i, i+len(frag)
def span(t, frag, **k):
    s,e=find(t,frag,**k); return {"text":frag,"start":s,"end":e}

def build(docId, source, text, lang, published, dateline, ents, speakers, quotes, sectors, pledges, warnings=[]):
    assert all(ord(c)<0x10000 for c in text)
    E=[]
    for i,(frag,typ) in enumerate(ents):
        s,e=find(text,frag); E.append({"id":f"e{i+1}","text":frag,"type":typ,"subtype":None,"start":s,"end":e})
    S=[]
    for i,(name,typ,role,aff,mentions) in enumerate(speakers):
        ms=[]
        for m in mentions:
            ctx,mname=(m if isinstance(m,tuple) else (m,m))
            c=text.find(ctx); assert c>=0, ctx
            mi=text.find(mname,c); ms.append({"text":mname,"start":mi,"end":mi+len(mname)})
        S.append({"id":f"s{i+1}","name":name,"type":typ,"role":role,"affiliation":aff,"members":[],"mentions":ms,"quoteIds":[]})
    Q=[]
    for i,(frag,kind,sid,cue,method,conf) in enumerate(quotes):
        s,e=find(text,frag)
        q={"id":f"q{i+1}","text":frag,"start":s,"end":e,"kind":kind,"speakerId":sid,
           "speaker":({"name":S[int(sid[1:])-1]["name"]} if sid else None),
           "cue":None,"method":method,"confidence":conf}
        if cue:
            w,where=cue
            if where=='after': cs=text.find(w,e)
            elif where=='before': cs=text.rfind(w,0,s)
            else: cs=text.find(w)
            assert cs>=0
            q["cue"]={"text":w,"start":cs,"end":cs+len(w)}
        Q.append(q)
        if sid: S[int(sid[1:])-1]["quoteIds"].append(q["id"])
    SE=[]
    for sid,label,frags in sectors:
        SE.append({"id":sid,"label":label,"mentions":[span(text,f) for f in frags]})
    P=[]
    for i,(frag,actors,trig,action,strength,secs,tf,neg,qid,method,conf,*amt) in enumerate(pledges):
        s,e=find(text,frag)
        ts,te=find(text,trig,after=s)
        if tf:  # (words, fromYear, toYear): a span of the text, found from the pledge's start
            tf={**span(text,tf[0],after=s),"fromYear":tf[1],"toYear":tf[2]}
        amount=None
        if amt and amt[0]:  # (words, value, currency)
            amount={**span(text,amt[0][0]),"value":amt[0][1],"currency":amt[0][2]}
        P.append({"id":f"p{i+1}","text":frag,"start":s,"end":e,"actors":[{"name":a,"entityId":None,"speakerId":None} for a in actors],
                  "trigger":{"text":trig,"start":ts,"end":te},"action":action,"strength":strength,"sectors":secs,
                  "timeframe":tf,"amount":amount,"negated":neg,"quoteId":qid,"method":method,"confidence":conf})
    rec={"schemaVersion":"2","docId":docId,"source":source,"language":lang,"languageConfidence":0.99,"published":published,
         "dateline":dateline,"entities":E,"speakers":S,"quotes":Q,"sectors":SE,"pledges":P,"warnings":warnings}
    # validate every span
    def chk(o):
        if isinstance(o,dict):
            if "start" in o and "end" in o and "text" in o and isinstance(o["start"],int) and o.get("text") is not None and not ("start" in o and isinstance(o.get("end"),int) and o["end"]>len(text)):
                assert text[o["start"]:o["end"]]==o["text"], o
            for v in o.values(): chk(v)
        elif isinstance(o,list):
            for v in o: chk(v)
    chk(rec)
    return rec

en=rd('corpus/en/002_e611f32bee1efeaa.txt')
EN=build("002_e611f32bee1efeaa","en/002_e611f32bee1efeaa.txt",en,"en","2026-01-20","SEOUL",
 [("Lee Jae Myung","PERSON"),("Giorgia Meloni","PERSON"),("South Korea","LOCATION"),("Italy","LOCATION"),("Cheong Wa Dae","LOCATION"),
  ("Seoul","LOCATION"),("Korean Peninsula","LOCATION"),("Sergio Mattarella","PERSON"),("Korea Semiconductor Industry Association","ORGANIZATION"),
  ("Minerals Security Partnership","ORGANIZATION"),("Indo-Pacific","LOCATION"),("Russia","LOCATION"),("Ukraine","LOCATION")],
 [("Lee Jae Myung","PERSON","President","South Korea",[("President Lee Jae Myung","Lee Jae Myung"),("Lee said during a press","Lee"),("Lee underscored","Lee")]),
  ("Giorgia Meloni","PERSON","Prime Minister","Italy",[("Prime Minister Giorgia Meloni","Giorgia Meloni"),("Meloni called","Meloni"),("Meloni said,","Meloni")])],
 [("At today’s meeting, Prime Minister Meloni and I agreed to further develop bilateral relations to a future-oriented level that befits the designation of a strategic partnership","direct","s1",("said",'after'),"trigram-cue",0.92),
  ("fill a gap that has been far too long","partial","s2",("saying",'before'),"previous-speaker",0.7),
  ("Italy and Korea are friendly and allied nations — mature and technologically advanced democracies","direct","s2",("said",'after'),"trigram-cue",0.93),
  ("an extraordinary added value","partial","s1",("calling",'before'),"nearest-mention",0.41),
  ("cooperation in the field of trade will be further expanded to a level commensurate with the economic scale and brand power of the two countries","partial","s1",("underscored",'before'),"subject-of-cue",0.85),
  ("I look forward to visiting Italy in the near future to continue today’s constructive discussions and translate them into tangible results","direct","s1",("said",'before'),"trigram-cue",0.9),
  ("High-tech ties, supply chains","partial",None,None,"quote-marks",0.2),
 ],
 [("ai","Artificial intelligence",["artificial intelligence","AI"]),("semiconductors","Semiconductors",["semiconductors","semiconductor"]),
  ("aerospace","Aerospace",["aerospace"]),("defense","Defense",["defense industry"]),("peace_security","Peace and security",["denuclearization"]),
  ("trade","Trade",["trade"])],
 [("South Korea and Italy agreed on Monday to deepen cooperation in high-tech sectors","South Korea|Italy".split("|"),"agreed","deepen cooperation in high-tech sectors","agreement",["ai","semiconductors","aerospace"],None,False,None,"agree-to",0.8),
  ("the two countries signed a memorandum of understanding on semiconductor cooperation",["South Korea","Italy"],"signed","a memorandum of understanding on semiconductor cooperation","signed",["semiconductors"],None,False,None,"signed-document",0.9),
  ("the two leaders agreed to convene the next round of the dialogue",["Lee Jae Myung","Giorgia Meloni"],"agreed","convene the next round of the dialogue","agreement",[],("2026-30",2026,2030),False,None,"agree-to",0.75),
  ("Meloni also repeatedly reiterated her expectation",["Giorgia Meloni"],"reiterated","her expectation","reaffirmation",[],None,True,None,"reaffirm",0.3),
 ])
it=rd('corpus/it/000_e3ea19b8992806a7.txt')
IT=build("000_e3ea19b8992806a7","it/000_e3ea19b8992806a7.txt",it,"it","2026-02-04",None,
 [("Lee Jae Myung","PERSON"),("Giorgia Meloni","PERSON"),("Corea del Sud","LOCATION"),("Italia","LOCATION")],
 [("Lee Jae Myung","PERSON","Presidente","Corea del Sud",[("Presidente Lee Jae Myung","Lee Jae Myung")]),("Giorgia Meloni","PERSON","Presidente del Consiglio","Italia",["Giorgia Meloni"])],
 [("Nel corso dell'incontro odierno, il Primo Ministro Meloni e io abbiamo concordato di sviluppare ulteriormente le relazioni bilaterali verso un livello orientato al futuro, in linea con la designazione di partenariato strategico","direct","s1",("ha dichiarato",'after'),"trigram-cue",0.9),
  ("Italia e Corea sono Paesi amici e alleati — democrazie mature e tecnologicamente avanzate","direct","s2",("ha dichiarato",'after'),"trigram-cue",0.9)],
 [("ai","Intelligenza artificiale",["intelligenza artificiale"]),("semiconductors","Semiconduttori",["semiconduttori"])],
 [("Corea del Sud e Italia hanno concordato lunedì di rafforzare la cooperazione nei settori ad alta tecnologia",["Corea del Sud","Italia"],"hanno concordato","rafforzare la cooperazione nei settori ad alta tecnologia","agreement",["ai","semiconductors"],None,False,None,"agree-to",0.8)])
inj=rd('src/test/resources/report/articles/en/injection.txt')
INJ=build("injection","en/injection.txt",inj,"en","2026-03-03","ROME",
 [("Mario Rossi","PERSON"),("<script>alert(1)</script>","MISC"),("\\\"><img src=x onerror=alert(1)>","MISC")],
 [("Mario Rossi \"><img src=x onerror=alert(1)>","PERSON","<b>spokesman</b>","</script><script>window.__pwned=1</script>",["Mario Rossi"])],
 [("<script>alert(1)</script> is not a greeting","direct","s1",("said",'after'),"<img src=x onerror=alert(1)>",0.8),
  ("\\\"><img src=x onerror=alert(1)> must stay plain text","partial","s1",("added",'before'),"trigram-cue",0.7)],
 [("semiconductors","<i>Semiconductors</i>",["semiconductors"])],
 [("the ministry would invest in semiconductors and artificial intelligence",["<script>alert(1)</script>"],"would invest","invest in <b>semiconductors</b>","intention",["semiconductors","<img src=x onerror=alert(1)>"],None,False,"q1","will-verb",0.6,
  ("<b>bold</b>",2000000,"<img src=x onerror=alert(1)>"))],
 warnings=["<img src=x onerror=alert(1)> a warning with markup"])
ERR={"schemaVersion":"2","docId":"broken","source":"en/broken.txt","error":{"kind":"binary","message":"not a text file (PNG image) <img src=x onerror=alert(1)>"}}
lines=[IT,EN,ERR,INJ]
for r in lines:
    if "error" not in r:
        json.dump(r,open(f"{R}/{r['docId']}.json","w",encoding='utf-8'),ensure_ascii=False,indent=2)
json.dump(ERR,open(f"{R}/broken.json","w",encoding='utf-8'),ensure_ascii=False,indent=2)
with open(f"{R}/records.jsonl","w",encoding='utf-8') as f:
    for r in [EN,ERR,INJ,IT]:
        f.write(json.dumps(r,ensure_ascii=False,separators=(',',':'))+"\n")
