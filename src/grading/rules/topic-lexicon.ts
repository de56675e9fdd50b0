/**
 * The vocabulary of the interview's world, used only to tell an off-topic answer (a recipe, a poem,
 * filler) from an on-topic one that happens not to repeat the question's words. Stems, matched on the
 * first five letters of each content word.
 */
export const DOMAIN_STEMS: ReadonlySet<string> = new Set(
  `data pipel custo user users team teams produ engin model table query queri cost costs job jobs clust
  platf featu metri laten spark delta catal gover linea stora compu wareh lake strea batch dashb repor
  analy reven marke stake launc ship roadm prior decis risk risks incid outag migra schem sql llm agent
  servi endpo desig syste scale relea sprin manag sales suppo ticke proje deadl story build usage adopt
  churn price pricin budge spend dbus infra secur compl audit acces permi tenan ml ai gpu infer train
  track regis expe exper metad lakeh photo serve notebo workf orche inges sourc forma parqu files event
  throu fresh consi relia uptime failu retry error alert monit obser cloud aws azure gcp vendo compe
  snowf fabri open- commu licen enter segme persona perso probl solut optio trade choic impac resul
  outco lesso learn peopl confl align convi persu influ escal owner leade stakeh compa org organ quart
  month weeks hour minut daily week roadm plann scope mvp pilot beta rollo flag test exper valid goal
  targe measu succe kpi north okr growt retai conve activ funne onboa docum api sdk integ conne partn
  share shari recip vecto embed index retri promp token rate limit gatew routi fallb evalu judge serve
  gover uc unity mlflo serve autol spark jobs sched trigg cdc merge upser parti compa optim vacuu zorde
  cluste liqui cache memor shuff skew join nodes worke drive execu cpu memory disk netwo regio durab`
    .split(/\s+/)
    .filter(Boolean),
);

export const STOPWORDS: ReadonlySet<string> = new Set(
  `the and that this with from have will would could should they them their there then than what when
  where which while about into onto over under because since just also only very much more most some
  such each every other another your yours ours mine been being were was are for not but can cannot
  its it's i'd i'm we'd we're you're don't didn't won't isn't aren't here these those both either
  neither first second third next last like really thing things make makes made going want need
  know think said says well good great better best lot lots many few way ways even still yet again`
    .split(/\s+/)
    .filter(Boolean),
);
