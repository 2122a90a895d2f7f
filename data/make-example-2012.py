# Derives data/hattingen-example-2012.json, the example as it stood in 2012, from the 2013 file.
# Run from the top folder: python3 data/make-example-2012.py si-interkulturelle-woche coop-30,coop-31,coop-32,coop-34
import json, sys
from collections import OrderedDict
d = json.load(open('data/hattingen-example.json'), object_pairs_hook=OrderedDict)
d['title'] = 'Integrationskonzept Hattingen (Beispiel, Stand 2012)'
d['notice'] = d['notice'] + ' Dieser Stand 2012 dient dem Vergleich mit dem Stand 2013.'
acts = []
for a in d['activities']:
    if (a.get('startYear') or 0) >= 2013: continue
    a = OrderedDict(a)
    a.pop('fromConference', None)
    if a.get('endYear') is not None and a['endYear'] >= 2013 and a['status'] == 'finished':
        a['status'] = 'running'
    acts.append(a)
# One activity had a partner fewer in 2012.
for a in acts:
    if a['id'] == sys.argv[1]:
        a['partners'] = a['partners'][:-1]
# An association that dissolved in 2013, with its activity and cooperation.
actor = OrderedDict(id='frauentreff', name='Internationaler Frauentreff Hattingen e.V.', type='migrant_organisation',
    selfDescription='Treffpunkt für Frauen aller Herkunftsländer (2013 aufgelöst).',
    contact=OrderedDict(address='', person='', phone='', email='', web=''), memberships=[])
d['actors'].insert(29, actor)
acts.append(OrderedDict(id='frauentreff-fruehstueck', title='Internationales Frauenfrühstück',
    description='Monatliches Frühstück mit Kinderbetreuung und Informationen zu Angeboten der Stadt.',
    lead='frauentreff', partners=['familienzentrum'], fields=['soziales'], goals=['ik-l7'],
    lifePhases=['erwerbsleben'], status='running', startYear=2010))
d['activities'] = acts
d['cooperations'] = [c for c in d['cooperations'] if c['id'] not in sys.argv[2].split(',')]
d['cooperations'].append(OrderedDict(id='coop-frauentreff', **{'from': 'frauentreff'}, to='awo', type='information',
    note='Austausch über Beratungsangebote für Frauen'))
for ind in d['indicators']:
    ind.pop('target', None)
    ind['values'] = OrderedDict((y, v) for y, v in ind['values'].items() if int(y) <= 2012)
for g in d['goals']: g.pop('priorityYears', None)
d.pop('conferences', None)
d['map'] = OrderedDict(d['map']); d['map']['positions'] = []
open('data/hattingen-example-2012.json', 'w').write(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
