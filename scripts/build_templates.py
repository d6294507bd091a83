"""Write the bundled templates in resources/templates/ canonically.

Run after changing this file: ``python scripts/build_templates.py``. A test checks that the
shipped templates load and are canonical.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.model import (  # noqa: E402
    Activity, Actor, Asset, Complementarity, Document, Flow, Governance, Meta, Partnership, Phase,
    Questions, Reflection, Resource, Responsibility, Routine, dumps,
)
from app.model.rules import check  # noqa: E402
from app.resources import TEMPLATES  # noqa: E402

STAMP = "2026-11-28T10:00:00Z"
W = 260.0


def act(id, title, actor, phase, col, co=False, row=0, description=""):
    return Activity(id=id, title=title, description=description, actor=actor, phase=phase,
                    co_produced=co, x=col * W + 40.0, y=30.0 + row * 90.0)


def info(id, source, target, what, when="", form="", asset=None, personal=False,
         consent="not_needed"):
    return Flow(id=id, kind="information", source=source, target=target, what=what, when=when,
                form=form, asset=asset, personal_data=personal,
                consent=consent if personal else "not_needed")


def seq(id, source, target):
    return Flow(id=id, kind="sequence", source=source, target=target)


def generic() -> Document:
    phases = [Phase(id="ph-commission", name="Co-commissioning"),
              Phase(id="ph-design", name="Co-design"),
              Phase(id="ph-delivery", name="Co-delivery"),
              Phase(id="ph-evaluation", name="Co-evaluation")]
    actors = [Actor(id="a-municipality", name="Municipality", kind="public"),
              Actor(id="a-company", name="Private company", kind="private"),
              Actor(id="a-voluntary", name="Voluntary organisation", kind="voluntary"),
              Actor(id="a-citizen", name="Citizen", kind="citizen")]
    activities = [
        act("s-need", "Identify the need", "a-municipality", "ph-commission", 0),
        act("s-wishes", "Describe own wishes and needs", "a-citizen", "ph-commission", 0, True),
        act("s-plan", "Plan the service with the citizen", "a-municipality", "ph-design", 1, True),
        act("s-offer", "Offer tasks and a place to work", "a-company", "ph-design", 1),
        act("s-support", "Mentoring and practical support", "a-voluntary", "ph-delivery", 2, True),
        act("s-deliver", "Deliver the service", "a-company", "ph-delivery", 2, True),
        act("s-share", "Share experiences", "a-citizen", "ph-evaluation", 3, True),
        act("s-evaluate", "Evaluate and improve together", "a-municipality", "ph-evaluation", 3, True),
    ]
    flows = [
        seq("f-1", "s-need", "s-wishes"), seq("f-2", "s-wishes", "s-plan"),
        seq("f-3", "s-plan", "s-offer"), seq("f-4", "s-offer", "s-deliver"),
        seq("f-5", "s-deliver", "s-share"), seq("f-6", "s-share", "s-evaluate"),
        info("f-7", "s-wishes", "s-offer", "Wishes and needs", "Before the first day",
             "Meeting", "as-meeting", personal=True, consent="obtained"),
        info("f-8", "s-plan", "s-support", "The agreed plan", "When the plan is agreed",
             "Shared calendar", "as-calendar", personal=True, consent="obtained"),
        info("f-9", "s-deliver", "s-evaluate", "Attendance and well-being", "Every month",
             "Short report", "as-calendar", personal=True, consent="obtained"),
        info("f-10", "s-support", "s-deliver", "What support works", "Weekly", "Phone call"),
        info("f-11", "s-share", "a-municipality", "Experiences and ideas", "After three months",
             "Dialogue meeting", "as-meeting"),
        info("f-12", "s-evaluate", "a-voluntary", "What to improve", "Every quarter",
             "Partnership meeting", "as-meeting"),
        info("f-13", "s-plan", "a-citizen", "Where, when and whom to meet", "Before the first day",
             "Conversation", "as-meeting", personal=True, consent="not_needed"),
        info("f-14", "s-support", "s-evaluate", "How the mentoring goes", "Every month",
             "Shared calendar", "as-calendar", personal=True, consent="obtained"),
    ]
    members = ["a-municipality", "a-company", "a-voluntary"]
    partnership = Partnership(
        id="p-1", name="Service partnership", members=members, purpose="new_service",
        remit="Who the co-production process is to help",
        need="What the co-production need is",
        governance=Governance(
            coordinator="a-municipality",
            leadership_resources="A coordinator with time set aside for the partnership",
            decision_making="Partnership meeting, decisions by consensus",
            review="Every quarter",
            responsibilities=[
                Responsibility(actor="a-municipality", level="strategic",
                               description="Sets the direction and funds coordination"),
                Responsibility(actor="a-company", level="operational",
                               description="Offers tasks and a workplace"),
                Responsibility(actor="a-voluntary", level="operational",
                               description="Mentors the citizen")]),
        resources=[
            Resource(id="r-casework", owner="a-municipality", name="Case work and knowledge of the citizen",
                     nature="intangible"),
            Resource(id="r-workplace", owner="a-company", name="Workplace and tasks", nature="tangible"),
            Resource(id="r-mentors", owner="a-voluntary", name="Volunteer mentors", nature="both")],
        complementarities=[
            Complementarity(resources=["r-casework", "r-mentors"], interdependence="reciprocal",
                            note="Case work and mentoring adjust to each other"),
            Complementarity(resources=["r-casework", "r-workplace"], interdependence="reciprocal",
                            note="The plan shapes the tasks; attendance informs the plan")],
        assets=[
            Asset(id="as-calendar", name="Shared calendar", kind="digital", status="existing",
                  access=members),
            Asset(id="as-meeting", name="Meeting room at the community centre", kind="physical",
                  status="existing", access=members)],
        routines=[Routine(id="k-1", what="Status of each citizen's course", when="Every month",
                          form="Meeting", asset="as-meeting", participants=members)],
        questions=Questions(why="", complementary="", technology="", routines=""),
        reflections=[])
    return Document(format="oppspace", version=1, meta=Meta(
        title="Co-production service map",
        description="A starting point after Figure 2 of Brix, Tuurnas & Mortensen (2021): one lane "
                    "per actor, * marks activities co-produced with citizens.",
        authors=[], language="en", created=STAMP, modified=STAMP),
        phases=phases, actors=actors, activities=activities, flows=flows,
        partnerships=[partnership])


def blank() -> Document:
    return Document(format="oppspace", version=1, meta=Meta(
        title="", description="", authors=[], language="", created=STAMP, modified=STAMP))


def aalborg() -> Document:
    phases = [Phase(id="ph-bestilling", name="Fælles bestilling"),
              Phase(id="ph-design", name="Samdesign"),
              Phase(id="ph-levering", name="Samlevering"),
              Phase(id="ph-evaluering", name="Samevaluering")]
    actors = [
        Actor(id="a-kommune", name="Aalborg Kommune – Aalborg Aktiv", kind="public"),
        Actor(id="a-sagsbehandler", name="Sagsbehandler", kind="public", organization="a-kommune",
              color="#72B7B2"),
        Actor(id="a-botilbud", name="Botilbud", kind="public", organization="a-kommune",
              color="#B279A2"),
        Actor(id="a-cafe", name="Caféen på havnen", kind="private"),
        Actor(id="a-internat", name="Dyreinternatet (frivillig forening)", kind="voluntary"),
        Actor(id="a-borger", name="Borgeren på førtidspension", kind="citizen"),
    ]
    activities = [
        act("s-visitation", "Visitation til Aalborg Aktiv", "a-sagsbehandler", "ph-bestilling", 0),
        act("s-afklaring", "Afklaringssamtale om ønsker og behov", "a-kommune", "ph-bestilling", 0, True),
        act("s-onsker", "Fortæller hvad der er meningsfuldt arbejde", "a-borger", "ph-bestilling", 0, True),
        act("s-match", "Find fællesskaber og arbejdspladser", "a-kommune", "ph-design", 1, True),
        act("s-stotteplan", "Planlæg støtte i hverdagen", "a-botilbud", "ph-design", 1, True),
        act("s-opgaver", "Tilbyd opgaver og arbejdstider", "a-cafe", "ph-design", 1),
        act("s-makker", "Tilbyd frivillige opgaver og en makker", "a-internat", "ph-design", 1),
        act("s-stotte", "Støtte og transport i hverdagen", "a-botilbud", "ph-levering", 2, True),
        act("s-cafe", "Arbejde nogle timer på caféen", "a-cafe", "ph-levering", 2, True),
        act("s-internat", "Frivilligt arbejde på dyreinternatet", "a-internat", "ph-levering", 2, True),
        act("s-fremmode", "Møder op og arbejder", "a-borger", "ph-levering", 2, True),
        act("s-erfaringer", "Fortæller om sine erfaringer", "a-borger", "ph-evaluering", 3, True),
        act("s-opfolgning", "Opfølgning og forbedring", "a-kommune", "ph-evaluering", 3, True),
    ]
    flows = [
        seq("f-1", "s-visitation", "s-afklaring"), seq("f-2", "s-afklaring", "s-onsker"),
        seq("f-3", "s-onsker", "s-match"), seq("f-4", "s-match", "s-stotteplan"),
        seq("f-5", "s-match", "s-opgaver"), seq("f-6", "s-opgaver", "s-cafe"),
        seq("f-7", "s-stotteplan", "s-stotte"), seq("f-8", "s-cafe", "s-fremmode"),
        seq("f-9", "s-internat", "s-fremmode"), seq("f-10", "s-fremmode", "s-erfaringer"),
        seq("f-11", "s-erfaringer", "s-opfolgning"),
        info("f-12", "s-visitation", "s-afklaring", "Visitationsgrundlag", "Ved visitation",
             "Journalnotat", "as-system", personal=True, consent="obtained"),
        info("f-13", "s-afklaring", "s-opgaver", "Ønsker, behov og hensyn", "Før første arbejdsdag",
             "Møde", "as-motested", personal=True, consent="obtained"),
        info("f-14", "s-afklaring", "s-makker", "Ønsker, behov og hensyn", "Før første arbejdsdag",
             "Møde", "as-motested", personal=True, consent="obtained"),
        info("f-15", "s-stotteplan", "s-opgaver", "Hvilken støtte borgeren har brug for",
             "Før første arbejdsdag", "Telefon", None, personal=True, consent="unknown"),
        info("f-16", "s-match", "s-stotteplan", "Arbejdstider og transport", "Hver uge",
             "Fælles kalender", "as-kalender", personal=True, consent="obtained"),
        info("f-17", "s-cafe", "s-stotte", "Fremmøde og trivsel", "Hver uge", "Fælles kalender",
             "as-kalender", personal=True, consent="obtained"),
        info("f-18", "s-cafe", "s-opfolgning", "Fremmøde og trivsel", "Hver måned", "Kort status",
             "as-kalender", personal=True, consent="obtained"),
        info("f-19", "s-internat", "s-opfolgning", "Fremmøde og trivsel", "Hver måned", "Kort status",
             "as-kalender", personal=True, consent="obtained"),
        info("f-20", "s-opfolgning", "s-cafe", "Hvad vi forbedrer", "Hvert kvartal",
             "Partnerskabsmøde", "as-motested"),
        info("f-21", "s-opfolgning", "s-internat", "Hvad vi forbedrer", "Hvert kvartal",
             "Partnerskabsmøde", "as-motested"),
        info("f-22", "s-opfolgning", "s-visitation", "Borgerens forløb og erfaringer",
             "Efter tre måneder", "Journalnotat", "as-system", personal=True, consent="obtained"),
        info("f-23", "s-match", "s-fremmode", "Arbejdssted, arbejdstider og kontaktperson",
             "Før første arbejdsdag", "Samtale", "as-motested", personal=True,
             consent="not_needed"),
        seq("f-24", "s-match", "s-makker"), seq("f-25", "s-makker", "s-internat"),
        seq("f-26", "s-stotte", "s-fremmode"),
    ]
    members = ["a-kommune", "a-botilbud", "a-cafe", "a-internat"]
    partnership = Partnership(
        id="p-aalborg-aktiv", name="Aalborg Aktiv", members=members, purpose="new_service",
        remit="Borgere med handicap på førtidspension, som ønsker et meningsfuldt arbejde",
        need="At finde og fastholde det, borgeren selv oplever som meningsfuldt arbejde – fx "
             "frivilligt arbejde på et dyreinternat eller nogle timer på en café",
        governance=Governance(
            coordinator="a-kommune",
            leadership_resources="En koordinator i Aalborg Aktiv med tid til at samle partnerne "
                                 "og følge op på den enkelte borgers forløb",
            decision_making="Partnerskabsmødet beslutter i enighed; borgeren beslutter om sit "
                            "eget forløb",
            review="Hvert kvartal",
            responsibilities=[
                Responsibility(actor="a-kommune", level="strategic",
                               description="Kommunens strategi for livskvalitet for borgere med "
                                           "handicap; finansierer koordinationen"),
                Responsibility(actor="a-kommune", level="operational",
                               description="Afklaring, match og opfølgning med borgeren"),
                Responsibility(actor="a-botilbud", level="operational",
                               description="Støtte i hverdagen og transport til arbejdet"),
                Responsibility(actor="a-cafe", level="operational",
                               description="Opgaver, arbejdstider og en fast kontaktperson"),
                Responsibility(actor="a-internat", level="operational",
                               description="Frivillige opgaver med dyrene og en makker")]),
        resources=[
            Resource(id="r-kendskab", owner="a-kommune", name="Kendskab til borgerne og lovgivningen",
                     nature="intangible"),
            Resource(id="r-netvaerk", owner="a-kommune", name="Netværk af fællesskaber og arbejdspladser",
                     nature="intangible"),
            Resource(id="r-stotte", owner="a-botilbud", name="Daglig støtte og transport", nature="both"),
            Resource(id="r-cafe", owner="a-cafe", name="Arbejdspladser og opgaver på caféen",
                     nature="tangible"),
            Resource(id="r-internat", owner="a-internat", name="Frivillige opgaver med dyr",
                     nature="tangible")],
        complementarities=[
            Complementarity(resources=["r-netvaerk", "r-cafe"], interdependence="reciprocal",
                            note="Kommunen formidler borgere; caféen melder tilbage om trivsel"),
            Complementarity(resources=["r-stotte", "r-cafe"], interdependence="reciprocal",
                            note="Arbejdstider og støtte skal passe sammen hver uge"),
            Complementarity(resources=["r-kendskab", "r-internat"], interdependence="reciprocal",
                            note="Afklaringen former opgaverne; internatet melder tilbage"),
            Complementarity(resources=["r-cafe", "r-internat"], interdependence="pooled",
                            note="To slags meningsfuldt arbejde, som borgeren kan vælge imellem")],
        assets=[
            Asset(id="as-kalender", name="Fælles kalender", kind="digital", status="existing",
                  access=members, description="Arbejdstider, fremmøde og aflysninger"),
            Asset(id="as-motested", name="Mødelokale i Aalborg Aktiv", kind="physical",
                  status="existing", access=members,
                  description="Her mødes borger, sagsbehandler og arbejdssted"),
            Asset(id="as-system", name="Fælles borgeroverblik", kind="digital",
                  status="needs_investment", access=["a-kommune", "a-botilbud"],
                  description="Et sikkert sted at dele oplysninger med borgerens samtykke")],
        routines=[
            Routine(id="k-status", what="Status på hver borgers forløb", when="Hver måned",
                    form="Kort møde", asset="as-motested", participants=members),
            Routine(id="k-uge", what="Arbejdstider og fremmøde", when="Hver uge",
                    form="Fælles kalender", asset="as-kalender",
                    participants=["a-kommune", "a-botilbud", "a-cafe"])],
        questions=Questions(
            why="At skabe en ny service: meningsfuldt arbejde for borgere på førtidspension, som "
                "ingen af os kunne tilbyde alene",
            complementary="Kommunens kendskab og netværk, botilbuddets daglige støtte og "
                          "arbejdsstedernes opgaver og fællesskaber",
            technology="En fælles kalender findes; et fælles borgeroverblik kræver investering. "
                       "Vi mødes i Aalborg Aktivs mødelokale",
            routines="Månedlige statusmøder og ugentlig opdatering af kalenderen; hvert kvartal "
                     "spørger vi, hvad der virker, og hvad der skal forbedres"),
        reflections=[Reflection(
            date="2026-11-28",
            works_locally="Den faste kontaktperson på caféen gør det let at løse problemer hurtigt",
            works_for_citizens="Borgerne sætter pris på selv at vælge arbejdssted",
            to_improve="Samtykke til at dele støttebehov med caféen skal indhentes før første dag")])
    return Document(format="oppspace", version=1, meta=Meta(
        title="Aalborg Aktiv – meningsfuldt arbejde",
        description="Aalborg Kommune hjælper borgere med handicap på førtidspension med at finde "
                    "meningsfuldt arbejde sammen med botilbud, en café og et dyreinternat.",
        authors=["Aalborg Aktiv"], language="da", created=STAMP, modified=STAMP),
        phases=phases, actors=actors, activities=activities, flows=flows,
        partnerships=[partnership])


def main() -> None:
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    for name, build in (("generic", generic), ("blank", blank), ("aalborg-aktiv", aalborg)):
        doc = build()
        check(doc)
        (TEMPLATES / f"{name}.oppspace").write_text(dumps(doc), encoding="utf-8")
        print(f"wrote {name}.oppspace")


if __name__ == "__main__":
    main()
