// Hand-written chat messages (our own words) grouped by the worry they express. Used to
// measure sentence-embedding choices (stop words, SIF weight, principal component removal)
// and, in the quality test, to keep those choices from regressing.
export const CHAT_PARAPHRASES: readonly { theme: string; messages: readonly string[] }[] = [
  {
    theme: 'job-loss',
    messages: [
      'I got fired from my job today',
      "I was laid off last week and don't know what to do",
      'lost my job, feeling useless',
      'my company let me go after 8 years',
      'They terminated my employment without any warning',
    ],
  },
  {
    theme: 'exam-stress',
    messages: [
      'I am so stressed about my exams next week',
      "can't stop worrying that I'll fail the test",
      'my board exams are close and I have not studied enough',
      'Scared of failing my university finals',
      'the entrance exam results come out tomorrow and I am nervous',
    ],
  },
  {
    theme: 'grief',
    messages: [
      'my father passed away last month',
      'I lost my mother and the pain will not go away',
      'how do I cope with the death of someone I loved',
      'my grandmother died and I miss her every day',
      "it's been a year since my brother died and I still cry",
    ],
  },
  {
    theme: 'breakup',
    messages: [
      'my girlfriend broke up with me',
      'my boyfriend left me for someone else',
      "we split up after five years and I'm heartbroken",
      'my marriage is ending in divorce',
      'she dumped me and I cannot move on',
    ],
  },
  {
    theme: 'anger',
    messages: [
      'I get angry too quickly and shout at people',
      'how can I control my temper',
      'I lose my cool over small things and regret it later',
      'my rage is ruining my relationships',
      'I was furious with my colleague and said hurtful things',
    ],
  },
  {
    theme: 'purpose',
    messages: [
      'what is the purpose of my life',
      'I feel my life has no meaning',
      "I don't know why I'm here or what I should be doing",
      'everything feels pointless lately',
      'how do I find my calling',
    ],
  },
  {
    theme: 'fear-of-failure',
    messages: [
      'I am afraid of failing at my new business',
      'what if my startup does not succeed',
      'fear of failure stops me from trying anything',
      "I'm too scared to take risks because I might fail",
      'I keep procrastinating because I fear I will not be good enough',
    ],
  },
  {
    theme: 'loneliness',
    messages: [
      'I feel so lonely',
      'I have no friends to talk to',
      'nobody understands me and I feel isolated',
      'I moved to a new city and I am all alone',
      'i feel alone even when surrounded by people',
    ],
  },
  {
    theme: 'jealousy',
    messages: [
      'I am jealous of my friends success',
      'I envy people who have more money than me',
      'it hurts when my cousin gets praised and I do not',
      'I compare myself to others on social media all the time',
      "why does everyone else seem happier than me, I'm envious",
    ],
  },
  {
    theme: 'family-conflict',
    messages: [
      'my parents keep fighting with me',
      'I had a huge argument with my dad',
      'my family does not accept my choices',
      'constant quarrels at home with my mother in law',
      'my siblings and I are not speaking after a dispute over property',
    ],
  },
  {
    theme: 'duty-dilemma',
    messages: [
      'I must choose between my duty and what I want',
      'should I follow my passion or do what my parents expect',
      'torn between my responsibilities and my dreams',
      'I have to decide between caring for my parents and taking a job abroad',
      'what is the right thing to do when obligations conflict',
    ],
  },
  {
    theme: 'health-worry',
    messages: [
      'I have been diagnosed with a serious illness',
      'the doctor says I have cancer',
      'I am worried about my health',
      'my chronic pain makes every day hard',
      'waiting for my biopsy results is terrifying',
    ],
  },
  {
    theme: 'money',
    messages: [
      'I am deep in debt',
      "I can't pay my rent this month",
      'money problems are keeping me awake at night',
      'my savings are gone and bills keep piling up',
      'we are struggling financially',
    ],
  },
  {
    theme: 'meditation',
    messages: [
      'how do I meditate',
      'my mind wanders when I try to meditate',
      'I cannot concentrate during meditation',
      'tips for calming my restless mind',
      'how to focus my thoughts and be still',
    ],
  },
  {
    theme: 'guilt',
    messages: [
      'I feel guilty for what I did',
      'I hurt someone and cannot forgive myself',
      'the shame of my mistakes haunts me',
      'I regret how I treated my friend',
      'I made a terrible mistake and I keep blaming myself',
    ],
  },
  {
    theme: 'overwork',
    messages: [
      'I am exhausted from working too much',
      'burnout at work is crushing me',
      'my boss keeps piling on tasks and I am overwhelmed',
      'I work twelve hours a day and have no energy left',
      'I feel drained and tired of my job',
    ],
  },
  {
    theme: 'attachment-results',
    messages: [
      'I worry too much about the outcome of my efforts',
      'how do I work without worrying about results',
      'I get upset when my hard work is not rewarded',
      'I am obsessed with success and recognition',
      'I expect a reward every time I help someone',
    ],
  },
  {
    theme: 'death-fear',
    messages: [
      'I am afraid of dying',
      'what happens after death',
      'the thought of death terrifies me',
      'is there life after we die',
      'does the soul survive when the body dies',
    ],
  },
];
